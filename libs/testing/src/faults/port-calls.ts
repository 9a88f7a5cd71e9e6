/**
 * A port whose members are all asynchronous methods, as every port to a store is (DispatchQueue,
 * TaskRepository, TaskConfigRepository, WorkerRegistry, LeaderElection, ...): what a FaultyPort wraps.
 */
export type AsyncPort<P> = { readonly [K in keyof P]: (...args: never[]) => Promise<unknown> };

/** The name of one of the port's methods. */
export type PortMethod<P> = Extract<keyof P, string>;

type ArgsOf<F> = F extends (...args: infer A) => unknown ? A : never;
type AnswerOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/** A call to the port's method `M` (to any of its methods by default), with that method's arguments. */
export type PortCall<P, M extends PortMethod<P> = PortMethod<P>> = {
  [K in M]: { readonly method: K; readonly args: ArgsOf<P[K]> };
}[M];

/** When a fault strikes: `before` the adapter is called, or `after` it answered and before the caller hears it. */
export type CallPhase = 'before' | 'after';

/** A call as a hook sees it: before the adapter is called, or after, with the adapter's answer. */
export type CallAt<P, M extends PortMethod<P> = PortMethod<P>> = {
  [K in M]:
    | { readonly method: K; readonly args: ArgsOf<P[K]>; readonly phase: 'before' }
    | { readonly method: K; readonly args: ArgsOf<P[K]>; readonly phase: 'after'; readonly answer: AnswerOf<P[K]> };
}[M];

/**
 * What became of a call: `pending` while it is held or the adapter works on it; `answered`;
 * `threw` when the adapter's own error reached the caller; `failed` when an injected error
 * stopped it before the adapter (nothing happened); `lost` when the adapter did it and answered
 * but the caller got an injected error instead.
 */
export type CallOutcome = 'pending' | 'answered' | 'threw' | 'failed' | 'lost';

export type RecordedCall<P, M extends PortMethod<P> = PortMethod<P>> = PortCall<P, M> & { readonly outcome: CallOutcome };

/** A hook's verdict on a call: fail it with `fail` (before: nothing happens; after: the answer is lost). */
export interface InjectedFault {
  readonly fail: Error;
}

/**
 * Called for every call, before the adapter and after its answer. The call waits while the hook's
 * promise is pending, so a hook can also hold it (a simulator deciding what runs next).
 */
export type CallHook<P> = (call: CallAt<P>) => InjectedFault | void | Promise<InjectedFault | void>;

export interface FaultOptions<P, M extends PortMethod<P>> {
  /** How many of the next matching calls it strikes; 1 by default. */
  readonly times?: number;
  /** What the caller gets; by default a StoreUnavailableError naming the port's store, as the real adapters throw. */
  readonly error?: Error;
  /** Only calls this accepts are struck; all by default. */
  readonly when?: (call: PortCall<P, M>) => boolean;
}

export interface HoldOptions<P, M extends PortMethod<P>> {
  /** `before` the adapter is called (the default), or `after` it answered: the write is done, the answer not yet given. */
  readonly at?: CallPhase;
  /** Only a call this accepts is held; any by default. */
  readonly when?: (call: PortCall<P, M>) => boolean;
}
