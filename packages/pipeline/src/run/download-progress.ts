/** Download progress of one video, as core's `download` reports it. */
export interface DownloadProgress {
  bytes: number;
  total?: number;
}

/** The shortest time between two progress reports of one video: at most 4 a second. */
export const DOWNLOAD_PROGRESS_MS = 250;

/**
 * Passes on a video's download progress at most once per `intervalMs` of `now` (core reports
 * every chunk, e.g. each 64 KiB), always the first and the final figure: the chunk that
 * reaches `total`, or `finish(bytes)` when the download ends without one. Hand-written: a
 * throttle library (lodash.throttle) keeps a trailing timer of the real clock and does not
 * know the final figure; this one needs only the injected `now` and emits nothing late.
 */
export function throttleDownloadProgress(
  emit: (progress: DownloadProgress) => void,
  now: () => number,
  intervalMs = DOWNLOAD_PROGRESS_MS,
) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let last: DownloadProgress | undefined;
  const send = (progress: DownloadProgress) => {
    lastAt = now();
    last = progress;
    emit(progress);
  };
  return {
    /** One chunk's progress: passed on when it is the final one or the interval has passed. */
    report(progress: DownloadProgress): void {
      const final = progress.total !== undefined && progress.bytes >= progress.total;
      if (final || now() - lastAt >= intervalMs) send(progress);
    },
    /** The download is complete with `bytes`: its 100 % is reported unless it already was. */
    finish(bytes: number): void {
      if (last?.bytes === bytes) return;
      send({ bytes, ...(last?.total !== undefined ? { total: last.total } : { total: bytes }) });
    },
  };
}
