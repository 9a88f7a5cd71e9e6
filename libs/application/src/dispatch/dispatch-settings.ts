/** Settings of the dispatch rules that the scheduler and the worker share; one object, passed to both. */
export interface DispatchSettings {
  /** Workers a task may lose (crash, drain, lost dispatch state) before it is failed as poison. */
  readonly maxRequeues: number;
}

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  maxRequeues: 5,
};
