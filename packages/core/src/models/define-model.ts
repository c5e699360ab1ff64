type Literal = string | number | boolean;

/**
 * What core adds to a model of the vendor's catalog (`@clipwright/catalog`'s params.json, where
 * every rule comes from; prices are the vendor's published ones, in the same package): for the
 * models core knew before the rules came from the catalog, the defaults and derivations it filled
 * in then. Those are kept exactly so that a request that did not change keeps its content hash
 * (and its cached video): upgrading never pays again.
 */
export interface ModelOverlay {
  name: string;
  /** Defaults filled into the request (hashed and sent): only the ones core filled before. */
  applied?: Readonly<Record<string, Literal>>;
  /**
   * `rules`: a prose rule that leaves one value for an unset field sets it (Veo's REFERENCE
   * fixes duration 8 and 16:9); `both-ways`: also the condition from that value (sora-2-pro's
   * quality "high" means duration 15).
   */
  derive?: 'rules' | 'both-ways';
  /**
   * An input image must have the request's aspect ratio exactly: the machine form of the
   * model's prose rule on `image_urls` (sora-2-preview: "Image pixel dimensions must exactly
   * match the selected aspect_ratio").
   */
  imageMatchesAspectRatio?: boolean;
}
