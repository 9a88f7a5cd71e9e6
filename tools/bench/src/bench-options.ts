export interface BenchOptions {
  /** Tasks of the main batch run. */
  readonly tasks: number;
  /** Worker processes of the main runs. */
  readonly workers: number;
  /** Tasks each worker runs at once (WORKER_CAPACITY, BullMQ's concurrency). */
  readonly capacity: number;
  /** Tasks per batch request (asynctask's POST /tasks/batch, BullMQ's addBulk). */
  readonly batch: number;
  /** Batch requests in flight at once. */
  readonly inFlight: number;
  /** Tasks of each run with 1, 2 and 4 workers. */
  readonly scalingTasks: number;
  /** How long the fixed-rate run sends, in seconds (it sends at most `tasks` tasks). */
  readonly rateSeconds: number;
  /** Single submits per second of the fixed-rate run; null: half of what each system reached in its batch run. */
  readonly rate: number | null;
  /** Where to write the results as JSON too, if anywhere. */
  readonly jsonFile: string | null;
  /** Where asynctask's processes write V8 CPU profiles (--cpu-prof), if anywhere. */
  readonly profileDir: string | null;
}

export class BenchUsageError extends Error {
  constructor(problem: string) {
    super(
      `${problem}\nusage: npm run bench -- [--tasks M] [--workers N] [--capacity C] [--batch B] [--in-flight K] ` +
        '[--scaling-tasks S] [--rate R] [--rate-seconds T] [--json FILE] [--cpu-prof DIR]',
    );
    this.name = 'BenchUsageError';
  }
}

type NumberOption = Exclude<keyof BenchOptions, 'jsonFile' | 'profileDir'>;

const NUMBER_FLAGS: Record<string, NumberOption> = {
  '--tasks': 'tasks',
  '--workers': 'workers',
  '--capacity': 'capacity',
  '--batch': 'batch',
  '--in-flight': 'inFlight',
  '--scaling-tasks': 'scalingTasks',
  '--rate-seconds': 'rateSeconds',
  '--rate': 'rate',
};

// Past these a run would not finish on a 2-core machine in reasonable time, or the API refuses it.
const MAXIMUM: Record<NumberOption, number> = {
  tasks: 1_000_000,
  workers: 16,
  capacity: 1000,
  batch: 1000,
  inFlight: 64,
  scalingTasks: 1_000_000,
  rateSeconds: 600,
  rate: 100_000,
};

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const numbers: Partial<Record<NumberOption, number>> = {};
  let jsonFile: string | null = null;
  let profileDir: string | null = null;
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new BenchUsageError(`${flag} needs a value`);
    if (flag === '--json') {
      jsonFile = value;
      continue;
    }
    if (flag === '--cpu-prof') {
      profileDir = value;
      continue;
    }
    const key = NUMBER_FLAGS[flag];
    if (!key) throw new BenchUsageError(`unknown option ${flag}`);
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > MAXIMUM[key]) {
      throw new BenchUsageError(`${flag} must be a whole number from 1 to ${MAXIMUM[key]}, not ${value}`);
    }
    numbers[key] = number;
  }
  const tasks = numbers.tasks ?? 20_000;
  return {
    tasks,
    workers: numbers.workers ?? 2,
    capacity: numbers.capacity ?? 50,
    batch: numbers.batch ?? 100,
    inFlight: numbers.inFlight ?? 8,
    scalingTasks: numbers.scalingTasks ?? Math.max(1, Math.ceil(tasks / 4)),
    rateSeconds: numbers.rateSeconds ?? 20,
    rate: numbers.rate ?? null,
    jsonFile,
    profileDir,
  };
}
