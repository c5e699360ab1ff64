export {
  type FaultKind,
  type FaultRoute,
  type FaultRule,
  type FaultSpec,
  parseFaultSpec,
} from './faults.ts';
export { DEFAULT_API_KEY, type RateLimitRule, type SimulatorOptions } from './options.ts';
export { type Simulator, startSimulator } from './simulator.ts';
export type { SimStats, SimTaskStats } from './stats.ts';
export { type SteppedSimulator, startSteppedSimulator } from './stepped-simulator.ts';
