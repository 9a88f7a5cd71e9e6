/** Injection tokens for what the adapters provide. */
export const ASYNCTASK_ADAPTERS = Symbol('AsynctaskAdapters');
export const ASYNCTASK_PORTS = Symbol('AsynctaskPorts');
export const APP_LOGGER = Symbol('AppLogger');
