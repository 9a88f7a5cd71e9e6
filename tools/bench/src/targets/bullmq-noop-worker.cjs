'use strict';
// One BullMQ worker process of `npm run bench`: takes jobs off one queue and does nothing with them,
// as asynctask's noop executor does. Settings come from the environment the benchmark sets.
const { Worker } = require('bullmq');
const Redis = require('ioredis');

const { BENCH_QUEUE, BENCH_PREFIX, BENCH_REDIS_URL, BENCH_CONCURRENCY } = process.env;

const connection = new Redis(BENCH_REDIS_URL, { maxRetriesPerRequest: null });
const worker = new Worker(BENCH_QUEUE, async () => ({}), {
  connection,
  prefix: BENCH_PREFIX,
  concurrency: Number(BENCH_CONCURRENCY),
});
worker.on('error', (error) => console.error(`worker error: ${error.message}`));

worker.waitUntilReady().then(
  () => console.log('ready'),
  (error) => {
    console.error(`worker could not start: ${error.message}`);
    process.exit(1);
  },
);

process.once('SIGTERM', () => {
  worker
    .close()
    .then(() => connection.quit())
    .finally(() => process.exit(0));
});
