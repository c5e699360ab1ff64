/** Options of `client.download`. */
export interface DownloadOptions {
  /**
   * Aborts the download (and any back-off sleep) with an `AbortError`; the partial file is
   * removed.
   * @default undefined (never aborted)
   * @example AbortSignal.timeout(10 * 60_000)
   */
  signal?: AbortSignal;
  /**
   * Called as bytes reach the file; `total` when the server sent a length.
   * @default undefined
   * @example ({ bytes, total }) => console.log(total ? `${Math.round((100 * bytes) / total)}%` : bytes)
   */
  onProgress?: (p: { bytes: number; total?: number }) => void;
}

/** What `client.download` returns: the file written, its size and its hash. */
export interface DownloadResult {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file, computed while streaming. */
  sha256: string;
}

/** A file a download writes into, one chunk at a time; each call returns once written. */
export interface DownloadFile {
  write(chunk: Uint8Array): void;
  close(): void;
}

/** Opens `path` for a download: `'w'` from the start, `'a'` to resume after what it holds. */
export type OpenDownloadFile = (path: string, flags: 'w' | 'a') => DownloadFile;
