import { writeFileSync } from 'node:fs';
import { BenchOptions, BenchUsageError, parseBenchOptions } from './bench-options';
import { comparisonRows, formatComparison } from './report/comparison-table';
import { formatCpu, formatMemory } from './report/memory-table';
import { runTarget, TargetResults } from './run-target';
import { AsynctaskTarget } from './targets/asynctask-target';
import { BenchTarget } from './targets/bench-target';
import { BullmqTarget } from './targets/bullmq-target';
import { describeMachine, formatMachine } from './support/machine';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask';
// Redis db numbers of the benchmark's own, so its keys never mix with the e2e suite's or each other's.
const ASYNCTASK_REDIS_DB = 13;
const BULLMQ_REDIS_DB = 14;

let interrupted = false;

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** asynctask and BullMQ doing the same no-op work on this machine, one after the other. */
async function main(options: BenchOptions): Promise<void> {
  log(`bench: ${JSON.stringify(options)}`);
  const machine = await describeMachine(DATABASE_URL, REDIS_URL);
  log(formatMachine(machine));
  const targets: BenchTarget[] = [
    new AsynctaskTarget({ databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, redisDb: ASYNCTASK_REDIS_DB, workerCapacity: options.capacity, profileDir: options.profileDir }),
    new BullmqTarget({ redisUrl: REDIS_URL, redisDb: BULLMQ_REDIS_DB, concurrency: options.capacity }),
  ];
  stopOnSignal(targets);
  const results: TargetResults[] = [];
  for (const target of targets) {
    try {
      results.push(await runTarget(target, options, log));
    } finally {
      await target.stop();
    }
  }
  const [asynctask, bullmq] = results;
  const rows = comparisonRows(asynctask, bullmq);
  console.log(`\n${formatMachine(machine)}\n\n${formatComparison(rows)}\n\n${formatMemory(results)}\n\n${formatCpu(results)}\n`);
  if (options.jsonFile) {
    writeFileSync(options.jsonFile, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, options, rows, results }, null, 2)}\n`);
    log(`results written to ${options.jsonFile}`);
  }
}

/** Ctrl-C or a SIGTERM still stops every process and removes the database and Redis keys. */
function stopOnSignal(targets: readonly BenchTarget[]): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`bench: ${signal}, cleaning up`);
      Promise.allSettled(targets.map((t) => t.stop())).finally(() => process.exit(130));
    });
  }
}

function run(): Promise<void> {
  try {
    return main(parseBenchOptions(process.argv.slice(2)));
  } catch (error) {
    return Promise.reject(error);
  }
}

run().then(
  () => process.exit(0),
  (error: unknown) => {
    if (interrupted) return; // the signal handler exits once everything is cleaned up
    console.error(error instanceof BenchUsageError ? error.message : `bench failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
