/** One queue position and when it was seen. */
export interface QueueReading {
  at: number;
  position: number;
}

/**
 * The earliest the task can leave the queue if it keeps moving at the pace seen so far, up
 * to a factor `1 + margin` faster: the time before which it cannot finish. Undefined until
 * the position has moved (no pace yet). A queue never predicts the finish itself: the work
 * after it may take any time.
 */
export function queueLeavesAt(
  readings: readonly QueueReading[],
  margin: number,
): number | undefined {
  const first = readings[0];
  const last = readings.at(-1);
  if (!first || !last || last.position >= first.position || last.at <= first.at) return undefined;
  const msPerPlace = (last.at - first.at) / (first.position - last.position);
  return last.at + (last.position * msPerPlace) / (1 + margin);
}
