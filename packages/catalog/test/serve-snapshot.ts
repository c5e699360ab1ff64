/**
 * A tiny local stand-in for the vendor's catalog and price-list endpoints, answering in the
 * vendor's shapes from a snapshot folder (our fields stripped), for the refresh tests.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type VendorBodies, vendorBodies } from '../src/index.ts';
import type { CatalogFile, PricingFile } from '../src/types.ts';

/** The answers the live endpoints would give for the snapshot in `dataDir`. */
export function vendorBodiesOf(dataDir: string): VendorBodies {
  const read = (name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  return vendorBodies(read('catalog.json') as CatalogFile, read('pricing.json') as PricingFile);
}

export interface Served {
  baseUrl: string;
  /** Authorization headers seen, in order. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/** Serves `bodies` on 127.0.0.1; `status` forces every answer's HTTP status. */
export async function serve(bodies: VendorBodies, status = 200): Promise<Served> {
  const authorizations: (string | undefined)[] = [];
  const server: Server = createServer((request, response) => {
    authorizations.push(request.headers.authorization);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body =
      path === '/v1/catalog/models'
        ? bodies.models
        : path === '/v1/catalog/pricing'
          ? bodies.catalogPricing
          : path === '/web/api/models/pricing'
            ? bodies.priceList
            : undefined;
    const code = body === undefined ? 404 : status;
    response.writeHead(code, { 'content-type': 'application/json' });
    response.end(JSON.stringify(code === 200 ? body : { error: { message: 'not here' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    authorizations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
