import { LatencySummary, TaskLatencies } from '../measure/latency-summary';
import { BatchRun, TargetResults } from '../run-target';

export interface ComparisonRow {
  readonly measure: string;
  readonly unit: 'tasks/s' | 'ms';
  readonly asynctask: number;
  readonly bullmq: number;
  /** asynctask / BullMQ; null when BullMQ's figure is 0. */
  readonly ratio: number | null;
}

const PERCENTILES: (keyof LatencySummary)[] = ['p50', 'p95', 'p99', 'max'];

/** One row per figure the benchmark measured, the two systems side by side. */
export function comparisonRows(asynctask: TargetResults, bullmq: TargetResults): ComparisonRow[] {
  const row = (measure: string, unit: ComparisonRow['unit'], pick: (r: TargetResults) => number): ComparisonRow => {
    const a = pick(asynctask);
    const b = pick(bullmq);
    return { measure, unit, asynctask: a, bullmq: b, ratio: b === 0 ? null : a / b };
  };
  const latencyRows = (label: string, pick: (r: TargetResults) => TaskLatencies): ComparisonRow[] =>
    (['createdToStarted', 'createdToCompleted'] as const).flatMap((span) =>
      PERCENTILES.map((p) => row(`${label}: ${span === 'createdToStarted' ? 'create→started' : 'create→completed'} ${p}`, 'ms', (r) => pick(r)[span][p])),
    );
  const batch = asynctask.batch;
  return [
    row(`batch submit accepted (${batch.tasks} tasks, ${batch.workers} workers)`, 'tasks/s', (r) => r.batch.acceptedPerSecond),
    row(`throughput, submit → last completed (${batch.tasks} tasks, ${batch.workers} workers)`, 'tasks/s', (r) => r.batch.throughputPerSecond),
    ...latencyRows('batch', (r) => r.batch.latencies),
    row(
      `fixed rate: single submits sent (asked ${asynctask.fixedRate.requestedPerSecond} and ${bullmq.fixedRate.requestedPerSecond} a second)`,
      'tasks/s',
      (r) => r.fixedRate.achievedPerSecond,
    ),
    ...latencyRows('fixed rate', (r) => r.fixedRate.latencies),
    ...asynctask.scaling.map((run: BatchRun, i: number) =>
      row(`throughput with ${run.workers} worker${run.workers === 1 ? '' : 's'} (${run.tasks} tasks)`, 'tasks/s', (r) => r.scaling[i].throughputPerSecond),
    ),
  ];
}

/** The rows as an aligned plain-text table. */
export function formatComparison(rows: readonly ComparisonRow[]): string {
  const figure = (value: number, unit: ComparisonRow['unit']) => (unit === 'ms' ? String(Math.round(value)) : value.toFixed(1));
  const cells = [
    ['measure', 'unit', 'asynctask', 'BullMQ', 'asynctask/BullMQ'],
    ...rows.map((r) => [r.measure, r.unit, figure(r.asynctask, r.unit), figure(r.bullmq, r.unit), r.ratio === null ? '-' : r.ratio.toFixed(2)]),
  ];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((line) => line[column].length)));
  const line = (values: string[]) => values.map((v, column) => (column === 0 ? v.padEnd(widths[column]) : v.padStart(widths[column]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
