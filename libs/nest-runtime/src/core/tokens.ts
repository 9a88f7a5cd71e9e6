/** Injection tokens for what the adapters provide. */
export const ASYNCTASK_ADAPTERS = Symbol('AsynctaskAdapters');
export const ASYNCTASK_PORTS = Symbol('AsynctaskPorts');
/** The dispatch module (follow-up, commit, requeuer), one per app. */
export const ASYNCTASK_DISPATCH = Symbol('AsynctaskDispatch');
export const APP_LOGGER = Symbol('AppLogger');
