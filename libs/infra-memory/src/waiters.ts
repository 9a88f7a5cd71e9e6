/** Promises that resolve when woken or after their timeout, whichever comes first. */
export class Waiters {
  private readonly pending = new Set<() => void>();

  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pending.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      timer.unref();
      this.pending.add(done);
    });
  }

  wakeAll(): void {
    for (const wake of [...this.pending]) wake();
  }
}
