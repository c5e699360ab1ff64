/** A cached video its store has checked: the file, and its size and sha256 as checked. */
export interface CachedVideo {
  path: string;
  bytes: number;
  sha256: string;
}

/** Where finished videos are kept between runs, keyed by content hash. */
export interface CacheStore {
  /**
   * A cached video, or `undefined`. A `CachedVideo` is delivered with the size and sha256
   * the store checked; for a bare path the run hashes the copy it delivers.
   */
  get(hash: string): Promise<CachedVideo | string | undefined>;
  /**
   * Whether a video is kept for `hash`, without checking its bytes (cheap: no hashing). Used to
   * price cached jobs at 0 when a matrix shares one `maxCredits`; without it none is.
   */
  has?(hash: string): Promise<boolean>;
  /** Stores a copy of `file` (the caller keeps `file`). */
  put(hash: string, file: string): Promise<void>;
}
