interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (result: R) => void;
  readonly reject: (error: unknown) => void;
}

export interface BatchWriterOptions {
  /** Most items in one write. */
  readonly maxBatch: number;
  /** Writes under way at once; what arrives meanwhile waits for the next. */
  readonly maxConcurrent: number;
}

/**
 * Group commit: items submitted while writes are under way go out together in the next write,
 * so a busy worker sends one statement for many tasks and a quiet one waits for nothing but a
 * turn of the event loop. `write` answers one result per item, in order; if it throws, every
 * item of that write is rejected and its submitter decides whether to try again.
 */
export class BatchWriter<T, R> {
  private readonly waiting: Waiting<T, R>[] = [];
  private writing = 0;
  private flushScheduled = false;

  constructor(
    private readonly write: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly options: BatchWriterOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.writing >= this.options.maxConcurrent) return;
    this.flushScheduled = true;
    // One turn of the event loop lets everything submitted in the same burst share the write.
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.writing < this.options.maxConcurrent && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.writing++;
      this.writeBatch(batch).finally(() => {
        this.writing--;
        if (this.waiting.length > 0) this.scheduleFlush();
      });
    }
  }

  private async writeBatch(batch: readonly Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.write(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`batch write answered ${results.length} results for ${batch.length} items`);
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
