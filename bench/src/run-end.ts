/**
 * The end of a run as a user's wall clock sees it, on a clock `timeScale` times faster than
 * real time. Until the last job is done the run waits on the service (simulated time); after
 * it, `runPlan` only works locally (posters with ffprobe and ffmpeg, one per distinct video,
 * and the run's files), which takes real time: counted on the simulated clock it would weigh
 * `timeScale` times its cost (200 posters, about 10 s of real work, read as 500 s). So the end
 * is the last job's simulated end plus the real time of that tail. Pass `onEvent` to `runPlan`.
 */
export function runEnd(clock: { now(): number }, realNow: () => number = () => performance.now()) {
  let lastDone: { sim: number; real: number } | undefined;
  return {
    onEvent(event: { type: string }) {
      if (event.type === 'done') lastDone = { sim: clock.now(), real: realNow() };
    },
    /** Call once `runPlan` has returned: the end (simulated ms) and the local tail (real ms). */
    end(): { at: number; tailMs: number } {
      if (!lastDone) return { at: clock.now(), tailMs: 0 };
      const tailMs = realNow() - lastDone.real;
      return { at: lastDone.sim + tailMs, tailMs };
    },
  };
}
