/**
 * A call stopped at a gate the test opens: no timers, so the test decides what runs while the
 * call is in flight.
 */
export interface HeldCall<C> {
  /** Resolves with the call once it is held. */
  readonly reached: Promise<C>;
  /** Lets the held call go on; released before it arrives, the call goes through without stopping. */
  release(): void;
}

/** A gate and the function the port calls to stop a call at it. */
export function heldCallGate<C>(): { readonly held: HeldCall<C>; readonly stop: (call: C) => Promise<void> } {
  let arrived: (call: C) => void = () => undefined;
  let open: () => void = () => undefined;
  const reached = new Promise<C>((resolve) => (arrived = resolve));
  const released = new Promise<void>((resolve) => (open = resolve));
  return {
    held: { reached, release: () => open() },
    stop: (call) => {
      arrived(call);
      return released;
    },
  };
}
