export interface ChaosOptions {
  /** How long faults are injected, in seconds. */
  readonly durationSeconds: number;
  readonly workers: number;
  readonly schedulers: number;
  /** Tasks submitted per second while the soak runs. */
  readonly tasksPerSecond: number;
  /** Seed of the pseudo-random choices, so a run can be repeated. */
  readonly seed: number;
}

const DEFAULTS: ChaosOptions = { durationSeconds: 600, workers: 3, schedulers: 3, tasksPerSecond: 40, seed: Date.now() % 100_000 };
const FLAGS: Record<string, keyof ChaosOptions> = {
  '--duration': 'durationSeconds',
  '--workers': 'workers',
  '--schedulers': 'schedulers',
  '--rate': 'tasksPerSecond',
  '--seed': 'seed',
};

export function parseChaosOptions(argv: readonly string[]): ChaosOptions {
  const options: Record<keyof ChaosOptions, number> = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const key = FLAGS[argv[i]];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isFinite(value) || value <= 0) {
      throw new Error(`usage: npm run chaos -- [--duration s] [--workers n] [--schedulers n] [--rate tasks/s] [--seed n]; bad ${argv[i]} ${argv[i + 1] ?? ''}`);
    }
    options[key] = value;
  }
  return options;
}

/** A small seeded generator (mulberry32): the same seed makes the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
