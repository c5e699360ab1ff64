export { taskFailureMessages } from './directives.ts';
export {
  type FaultKind,
  type FaultRoute,
  type FaultRule,
  type FaultSpec,
  parseFaultSpec,
} from './faults.ts';
export { HD_MULTIPLIER, simModels } from './models.ts';
export {
  DEFAULT_API_KEY,
  DEFAULT_BALANCE,
  type RateLimitRule,
  type SimulatorOptions,
} from './options.ts';
export { type Simulator, startSimulator } from './simulator.ts';
export type { SimStats, SimTaskStats } from './stats.ts';
