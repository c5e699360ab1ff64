/** What the simulator knows about one model: accepted values, defaults and processing time (prices: `account/charge.ts`). */
export interface SimModel {
  name: string;
  durations: readonly number[];
  defaultDuration: number;
  aspectRatios: readonly string[];
  /** Accepted `quality` values; absent when the model has no `quality` field. */
  qualities?: readonly string[];
  /** The quality used when none is sent, per duration. */
  defaultQuality?: (duration: number) => string;
  /** Extra rule over (duration, quality): an error message or undefined. */
  checkQuality?: (duration: number, quality: string) => string | undefined;
  /** Whether the model has a `remove_watermark` field. */
  removeWatermark: boolean;
  /** Longest prompt in Unicode code points. Default 5000 (the seeds). */
  maxPrompt?: number;
  /** Most `image_urls`. Default 1. */
  maxImages?: number;
  /** Further fields the model takes, with their rule (see `ExtraRule`). */
  extras?: Readonly<Record<string, ExtraRule>>;
  /** A rule across the parameters (resolved, and as sent): an error `[param, message]` or undefined. */
  check?: (p: ResolvedParams, body: Record<string, unknown>) => [string, string] | undefined;
  billingRule: 'per_call' | 'per_second';
  /** Typical processing time in simulated seconds (queue excluded), before random variation. */
  typicalSeconds: (p: ResolvedParams) => number;
}

/** How the simulator checks one further field. */
export type ExtraRule =
  | { kind: 'boolean'; default?: boolean }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'text'; max: number }
  | { kind: 'enum'; values: readonly string[]; default?: string }
  | { kind: 'object' };

/** The request's parameters with the model's defaults applied. */
export interface ResolvedParams {
  duration: number;
  aspectRatio: string;
  quality: string | undefined;
  removeWatermark: boolean | undefined;
  /** The further fields given, with their defaults. */
  extras: Record<string, unknown>;
}
