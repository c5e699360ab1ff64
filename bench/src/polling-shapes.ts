import { seededRandom } from './seeded-random.ts';

/** One task of a shape: how long it runs from its create, and its own random draws. */
export interface ShapeTask {
  durationMs: number;
  /** Seeds the task's own draws (pending time, steps, estimate error), the same on every call. */
  seed: number;
}

/** What a task query answers: a task state, or a refusal. */
export type ShapeAnswer =
  | {
      status: 'pending' | 'processing' | 'completed';
      progress?: number;
      estimated_time?: number;
      queue_position?: number;
    }
  | { refused: true; retryAfterSeconds?: number };

export interface PollingShape {
  /** Whether it carries a usable signal: progress at a steady rate, or an estimate within ±30 %. */
  signal: boolean;
  what: string;
  /** The answer to a query `elapsedMs` after the create, at clock time `now`. */
  answer(task: ShapeTask, elapsedMs: number, now: number): ShapeAnswer;
}

const done = { status: 'completed' } as const;

/** `n` draws of the task's own, the same at every call. */
function draws(task: ShapeTask, n: number): number[] {
  const random = seededRandom(task.seed);
  return Array.from({ length: n }, random);
}

/** Pending for a share (up to `most`) of the task, drawn per task; returns when work starts. */
const startOf = (task: ShapeTask, most: number) =>
  (draws(task, 1)[0] as number) * most * task.durationMs;

/** The state of a task that reports only its status. */
function statusOnly(task: ShapeTask, t: number): ShapeAnswer {
  if (t >= task.durationMs) return done;
  return t < startOf(task, 0.3)
    ? { status: 'pending', progress: 0 }
    : { status: 'processing', progress: 0 };
}

/** Pending for up to 10 %, then progress 0-99 at a steady rate to the finish. */
function linear(task: ShapeTask, t: number): ShapeAnswer {
  if (t >= task.durationMs) return done;
  const start = startOf(task, 0.1);
  if (t < start) return { status: 'pending', progress: 0 };
  return {
    status: 'processing',
    progress: Math.floor((100 * (t - start)) / (task.durationMs - start)),
  };
}

/** `estimated_time` off by a factor drawn per task in 0.7-1.3, counting down (the time left). */
function estimate30(task: ShapeTask, t: number): number {
  const factor = 0.7 + 0.6 * (draws(task, 3)[2] as number);
  return Math.max(1, Math.round((factor * (task.durationMs - t)) / 1000));
}

/**
 * Load shedding: the service refuses every query, with 429 and no Retry-After, during 10 s
 * slots drawn from the clock time (30 % of them, some in a row).
 */
function shed(now: number): ShapeAnswer | undefined {
  const slot = Math.floor(now / 10_000);
  return seededRandom(slot * 7919 + 17)() < 0.3 ? { refused: true } : undefined;
}

export const pollingShapes = {
  statusOnly: {
    signal: false,
    what: 'pending, then processing, then completed: no progress, no estimate',
    answer: (task, t) => statusOnly(task, t),
  },
  bigSteps: {
    signal: false,
    what: 'progress in 2-4 jumps of random size at random times',
    answer(task, t) {
      if (t >= task.durationMs) return done;
      const [, count, ...d] = draws(task, 10) as number[];
      const start = startOf(task, 0.2);
      if (t < start) return { status: 'pending', progress: 0 };
      const steps = 2 + Math.floor((count as number) * 3);
      const at = d.slice(0, steps).sort((a, b) => a - b);
      const to = d
        .slice(4, 4 + steps)
        .map((x) => 5 + Math.floor(90 * x))
        .sort((a, b) => a - b);
      const reached = at.filter((x) => t >= start + x * (task.durationMs - start)).length;
      return { status: 'processing', progress: reached === 0 ? 0 : (to[reached - 1] as number) };
    },
  },
  sitsAt99: {
    signal: false,
    what: 'progress at a steady rate to 99 at 40-90 % of the task, then 99 until the finish',
    answer(task, t) {
      if (t >= task.durationMs) return done;
      const start = startOf(task, 0.2);
      if (t < start) return { status: 'pending', progress: 0 };
      const at99 = start + (0.4 + 0.5 * (draws(task, 2)[1] as number)) * (task.durationMs - start);
      return {
        status: 'processing',
        progress: Math.min(99, Math.floor((99 * (t - start)) / (at99 - start))),
      };
    },
  },
  finishesEarly: {
    signal: false,
    what: 'status only; every answer repeats an estimate of 2-5 times the true length',
    answer(task, t) {
      const s = statusOnly(task, t);
      if ('refused' in s || s.status === 'completed') return s;
      const factor = 2 + 3 * (draws(task, 2)[1] as number);
      return { ...s, estimated_time: Math.round((factor * task.durationMs) / 1000) };
    },
  },
  queue: {
    signal: false,
    what: 'a queue position falling at an uneven pace, then processing without progress',
    answer(task, t) {
      if (t >= task.durationMs) return done;
      const [a, b, c] = draws(task, 3) as [number, number, number];
      const leaves = (0.2 + 0.4 * a) * task.durationMs;
      if (t >= leaves) return { status: 'processing', progress: 0 };
      const places = 3 + Math.floor(37 * b);
      const pace = (t / leaves) ** (0.5 + c);
      return {
        status: 'pending',
        progress: 0,
        queue_position: Math.max(1, Math.ceil(places * (1 - pace))),
      };
    },
  },
  shedding: {
    signal: false,
    what: 'status only; 30 % of 10 s slots refused with 429 and no Retry-After',
    answer: (task, t, now) => shed(now) ?? statusOnly(task, t),
  },
  linear: {
    signal: true,
    what: 'progress 0-99 at a steady rate, no estimate',
    answer: (task, t) => linear(task, t),
  },
  estimate: {
    signal: true,
    what: 'status only; an estimate off by 0.7-1.3 (per task), counting down',
    answer(task, t) {
      const s = statusOnly(task, t);
      if ('refused' in s || s.status === 'completed') return s;
      return { ...s, estimated_time: estimate30(task, t) };
    },
  },
  linearEstimate: {
    signal: true,
    what: 'progress at a steady rate and an estimate off by 0.7-1.3',
    answer(task, t) {
      const s = linear(task, t);
      if ('refused' in s || s.status === 'completed') return s;
      return { ...s, estimated_time: estimate30(task, t) };
    },
  },
  linearRateLimited: {
    signal: true,
    what: 'progress at a steady rate; 10 % of queries refused with 429 and a Retry-After of 1-3 s',
    answer(task, t, now) {
      const r = seededRandom(task.seed ^ Math.floor(now / 100))();
      if (r < 0.1) return { refused: true, retryAfterSeconds: 1 + Math.floor(r * 30) };
      return linear(task, t);
    },
  },
} as const satisfies Record<string, PollingShape>;

export type PollingShapeName = keyof typeof pollingShapes;
export const pollingShapeNames = Object.keys(pollingShapes) as PollingShapeName[];

/**
 * `count` task lengths, log-normal (median 4 min) within [minSeconds, maxSeconds], in ms,
 * each with a seed of its own.
 */
export function shapeTasks(
  seed: number,
  count: number,
  minSeconds: number,
  maxSeconds: number,
): ShapeTask[] {
  const random = seededRandom(seed);
  const tasks: ShapeTask[] = [];
  while (tasks.length < count) {
    // Box-Muller: one standard normal draw from two uniform ones.
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const seconds = Math.exp(Math.log(240) + z);
    if (seconds < minSeconds || seconds > maxSeconds) continue;
    tasks.push({ durationMs: Math.round(seconds * 1000), seed: Math.floor(random() * 2 ** 31) });
  }
  return tasks;
}
