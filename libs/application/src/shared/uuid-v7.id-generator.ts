import { randomFillSync } from 'node:crypto';
import { IdGenerator } from '@asynctask/domain';

/**
 * UUIDv7 ids (RFC 9562): 48 bits of milliseconds, then a counter and random bits, so ids sort
 * by creation time. That lets the task list page newest first on the primary key alone.
 * Within one millisecond a 12-bit counter keeps them increasing in this process.
 */
/** Random bytes drawn from the system in blocks: one call per 256 ids instead of one per id. */
const RANDOM_BLOCK = 16 * 256;

export class UuidV7Generator implements IdGenerator {
  private lastMs = 0;
  private counter = 0;
  private readonly random = Buffer.alloc(RANDOM_BLOCK);
  private randomOffset = RANDOM_BLOCK;

  next(): string {
    let ms = Date.now();
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.counter++;
      if (this.counter > 0xfff) {
        ms = ++this.lastMs;
        this.counter = 0;
      }
    } else {
      this.counter = 0;
    }
    this.lastMs = ms;
    const bytes = this.randomBytes16();
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (this.counter >> 8);
    bytes[7] = this.counter & 0xff;
    bytes[8] = 0x80 | (bytes[8] & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** 16 fresh random bytes (a copy: the caller writes into them). */
  private randomBytes16(): Buffer {
    if (this.randomOffset >= RANDOM_BLOCK) {
      randomFillSync(this.random);
      this.randomOffset = 0;
    }
    this.randomOffset += 16;
    return Buffer.from(this.random.subarray(this.randomOffset - 16, this.randomOffset));
  }
}
