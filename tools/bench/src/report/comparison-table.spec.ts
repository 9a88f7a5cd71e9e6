import { LatencySummary } from '../measure/latency-summary';
import { BatchRun, TargetResults } from '../run-target';
import { comparisonRows, formatComparison } from './comparison-table';

const latency = (ms: number): LatencySummary => ({ p50: ms, p95: ms * 2, p99: ms * 3, max: ms * 4 });
const run = (workers: number, perSecond: number, ms: number): BatchRun => ({
  workers,
  tasks: 1000,
  acceptedPerSecond: perSecond * 10,
  throughputPerSecond: perSecond,
  latencies: { createdToStarted: latency(ms), createdToCompleted: latency(ms + 1) },
  cpuPerTask: [],
});
const results = (target: string, perSecond: number, ms: number): TargetResults => ({
  target,
  batch: run(2, perSecond, ms),
  fixedRate: { tasks: 100, requestedPerSecond: perSecond / 2, achievedPerSecond: perSecond / 2, delayedSends: 0, latencies: { createdToStarted: latency(ms), createdToCompleted: latency(ms) } },
  scaling: [run(1, perSecond / 2, ms), run(2, perSecond, ms), run(4, perSecond * 2, ms)],
  memory: { start: [], duringBatch: [], end: [] },
});

describe('the comparison table', () => {
  const rows = comparisonRows(results('asynctask', 100, 40), results('BullMQ', 1000, 0));

  it('has a row for each figure: accept rate, throughput, 8 batch and 8 fixed-rate latencies, 3 scaling runs', () => {
    expect(rows).toHaveLength(1 + 1 + 8 + 1 + 8 + 3);
    expect(rows.filter((r) => r.measure.startsWith('throughput with')).map((r) => [r.asynctask, r.bullmq])).toEqual([[50, 500], [100, 1000], [200, 2000]]);
  });

  it('divides asynctask by BullMQ, and has no ratio where BullMQ measured 0', () => {
    expect(rows[1]).toMatchObject({ unit: 'tasks/s', asynctask: 100, bullmq: 1000, ratio: 0.1 });
    const started = rows.find((r) => r.measure === 'batch: create→started p50');
    expect(started).toMatchObject({ asynctask: 40, bullmq: 0, ratio: null });
  });

  it('prints aligned columns with a header', () => {
    const lines = formatComparison(rows).split('\n');
    expect(lines[0]).toMatch(/^measure\s+unit\s+asynctask\s+BullMQ\s+asynctask\/BullMQ$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/throughput with 4 workers \(1000 tasks\)\s+tasks\/s\s+200\.0\s+2000\.0\s+0\.10$/));
  });
});
