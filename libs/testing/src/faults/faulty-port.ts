import { StoreUnavailableError } from '@asynctask/domain';
import { HeldCall, heldCallGate } from './held-call';
import {
  AsyncPort,
  CallAt,
  CallHook,
  CallOutcome,
  CallPhase,
  FaultOptions,
  HoldOptions,
  PortCall,
  PortMethod,
  RecordedCall,
} from './port-calls';

/** Names every method in a rule. */
export const ANY_METHOD = 'any';

/** One instruction of the test: strike the next `remaining` matching calls at `at`. */
interface Rule<P> {
  readonly at: CallPhase;
  readonly matches: (call: PortCall<P>) => boolean;
  remaining: number;
  /** The error the call fails with, or undefined to let it go on (once released, for a hold). */
  readonly strike: (call: PortCall<P>) => Promise<Error | undefined>;
}

/**
 * Wraps a real adapter of any port and faults on command, as asynq's testbroker wraps its broker:
 * `port` forwards every call to the adapter, except that the test (or a simulator's hook) can make
 * the next calls fail before the adapter sees them, lose their answer after the adapter did the
 * work, or wait at a gate until released. Every call is recorded with its outcome.
 *
 * Rules apply in the order they were set, hooks before rules; a call struck by one goes no further.
 */
export class FaultyPort<P extends AsyncPort<P>> {
  /** The port to hand to the code under test. */
  readonly port: P;
  private readonly rules: Rule<P>[] = [];
  private readonly hooks: CallHook<P>[] = [];
  private readonly recorded: { call: PortCall<P>; outcome: CallOutcome }[] = [];

  /** `store` names the store behind the port (Redis, MySQL) in the default injected errors. */
  constructor(
    target: P,
    private readonly store: string,
  ) {
    // A proxy rather than a method per member: any port, and methods added to it later, are forwarded.
    // What a test assigns to the port (a jest.spyOn, whose spy calls what it replaced) is answered as
    // assigned, and the adapter is left alone.
    const assigned = new Map<string | symbol, unknown>();
    this.port = new Proxy(target, {
      get: (adapter, key) => {
        if (assigned.has(key)) return assigned.get(key);
        const member: unknown = Reflect.get(adapter, key, adapter);
        if (typeof member !== 'function' || typeof key !== 'string') return member;
        return (...args: unknown[]) => this.call({ method: key, args } as PortCall<P>, () => member.apply(adapter, args));
      },
      set: (_adapter, key, value) => {
        assigned.set(key, value);
        return true;
      },
      deleteProperty: (_adapter, key) => {
        assigned.delete(key);
        return true;
      },
    });
  }

  /** The next `times` matching calls fail before the adapter is called: nothing happens. */
  failNext<M extends PortMethod<P>>(method: M | typeof ANY_METHOD, options: FaultOptions<P, M> = {}): void {
    const error = options.error ?? new StoreUnavailableError(this.store, 'injected fault, the call was not made');
    this.addRule('before', method, options.when, options.times ?? 1, async () => error);
  }

  /** The next `times` matching calls the adapter answers: it did the work, and the caller gets an error instead of the answer. */
  loseAnswerOfNext<M extends PortMethod<P>>(method: M | typeof ANY_METHOD, options: FaultOptions<P, M> = {}): void {
    const error = options.error ?? new StoreUnavailableError(this.store, 'injected fault, the answer was lost after the call');
    this.addRule('after', method, options.when, options.times ?? 1, async () => error);
  }

  /** The next matching call waits at a gate (before the adapter, or after its answer) until the test releases it. */
  holdNext<M extends PortMethod<P>>(method: M | typeof ANY_METHOD, options: HoldOptions<P, M> = {}): HeldCall<PortCall<P, M>> {
    const gate = heldCallGate<PortCall<P, M>>();
    this.addRule(options.at ?? 'before', method, options.when, 1, async (call) => {
      await gate.stop(call as PortCall<P, M>);
      return undefined;
    });
    return gate.held;
  }

  /** Calls `hook` before and after every call from now on; returns what removes it. */
  onCall(hook: CallHook<P>): () => void {
    this.hooks.push(hook);
    return () => {
      const index = this.hooks.indexOf(hook);
      if (index >= 0) this.hooks.splice(index, 1);
    };
  }

  /** The calls made so far, oldest first, each with its outcome as it stands; only those of `method` if given. */
  calls(): RecordedCall<P>[];
  calls<M extends PortMethod<P>>(method: M): RecordedCall<P, M>[];
  calls(method?: PortMethod<P>): RecordedCall<P>[] {
    return this.recorded.filter((r) => !method || r.call.method === method).map((r) => ({ ...r.call, outcome: r.outcome }) as RecordedCall<P>);
  }

  private addRule<M extends PortMethod<P>>(
    at: CallPhase,
    method: M | typeof ANY_METHOD,
    when: ((call: PortCall<P, M>) => boolean) | undefined,
    times: number,
    strike: Rule<P>['strike'],
  ): void {
    const matches = (call: PortCall<P>) =>
      (method === ANY_METHOD || call.method === method) && (!when || when(call as PortCall<P, M>));
    this.rules.push({ at, matches, remaining: times, strike });
  }

  private async call(call: PortCall<P>, forward: () => Promise<unknown>): Promise<unknown> {
    const record: { call: PortCall<P>; outcome: CallOutcome } = { call, outcome: 'pending' };
    this.recorded.push(record);
    const refused = await this.faultAt(call, { ...call, phase: 'before' } as CallAt<P>);
    if (refused) {
      record.outcome = 'failed';
      throw refused;
    }
    let answer: unknown;
    try {
      answer = await forward();
    } catch (error) {
      record.outcome = 'threw';
      throw error;
    }
    const lost = await this.faultAt(call, { ...call, phase: 'after', answer } as CallAt<P>);
    if (lost) {
      record.outcome = 'lost';
      throw lost;
    }
    record.outcome = 'answered';
    return answer;
  }

  /** The error the call gets at this phase, if a hook or a rule strikes it. */
  private async faultAt(call: PortCall<P>, at: CallAt<P>): Promise<Error | undefined> {
    for (const hook of [...this.hooks]) {
      const verdict = await hook(at);
      if (verdict) return verdict.fail;
    }
    for (const rule of this.rules.filter((r) => r.at === at.phase && r.matches(call))) {
      if (rule.remaining <= 0) continue; // a call that ran meanwhile used it up
      if (--rule.remaining === 0) this.rules.splice(this.rules.indexOf(rule), 1);
      const error = await rule.strike(call);
      if (error) return error;
    }
    return undefined;
  }
}
