/**
 * How a processing task reports progress (`sim:progress=<name>`): the real service's shape
 * per model is unknown, so the simulator offers the shapes a poll policy must survive.
 */
export const progressProfiles = [
  'linear',
  's-curve',
  'fast-then-crawl',
  'mostly-pending',
  'silent',
  'steps',
] as const;
export type ProgressProfile = (typeof progressProfiles)[number];

/**
 * Status and progress at `fraction` (0 ≤ fraction < 1) of the time between leaving the queue
 * and finishing: linear 1-99; an S-curve (slow, fast, slow); 90 at a fifth of the time, then a
 * crawl; `pending` for the first 85 %; 0 until the end (`silent`); steps of 0/25/50/75.
 */
export function profileProgress(
  profile: ProgressProfile,
  fraction: number,
): { status: 'pending' | 'processing'; progress: number } {
  const f = Math.min(Math.max(fraction, 0), 0.999_999);
  const scale = (x: number) => Math.min(99, 1 + Math.floor(98 * x));
  switch (profile) {
    case 'linear':
      return { status: 'processing', progress: scale(f) };
    case 's-curve':
      return { status: 'processing', progress: scale(f * f * (3 - 2 * f)) };
    case 'fast-then-crawl':
      return {
        status: 'processing',
        progress: f < 0.2 ? Math.floor(1 + (89 * f) / 0.2) : 90 + Math.floor((9 * (f - 0.2)) / 0.8),
      };
    case 'mostly-pending':
      return f < 0.85
        ? { status: 'pending', progress: 0 }
        : { status: 'processing', progress: scale((f - 0.85) / 0.15) };
    case 'silent':
      return { status: 'processing', progress: 0 };
    case 'steps':
      return { status: 'processing', progress: 25 * Math.floor(f * 4) };
  }
}

/** The profile a prompt asks for with `sim:progress=<name>`, or `fallback` (default linear). */
export function progressProfileOf(
  prompt: string,
  fallback: ProgressProfile = 'linear',
): ProgressProfile {
  const m = /\bsim:progress=([a-z-]+)/.exec(prompt);
  const name = m?.[1] as ProgressProfile | undefined;
  return name && progressProfiles.includes(name) ? name : fallback;
}

/**
 * `sim:estimate=<k>x`: `estimated_time` is k times the honest estimate (e.g. 5x, 0.2x);
 * without the directive, `fallback` (default 1).
 */
export function estimateFactorOf(prompt: string, fallback = 1): number {
  const m = /\bsim:estimate=(\d+(?:\.\d+)?)x\b/.exec(prompt);
  const k = Number(m?.[1]);
  return m && k > 0 ? k : fallback;
}
