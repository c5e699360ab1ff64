import type { PriceSource as CatalogPriceSource } from '@clipwright/core/internal';

/**
 * Where the prices behind an estimate come from, for every report that shows credits: the
 * committed snapshot of the vendor's published prices (`snapshot`), the vendor's price list
 * read now (`live`), or its copy in the state folder (`cache`). One shape, core's: the session
 * puts the catalog's own value on the plan (`plan.priceSource`).
 */
export type PriceSource = CatalogPriceSource;
