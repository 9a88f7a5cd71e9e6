import { build } from 'hdr-histogram-js';
import { TaskTiming } from './task-timing';

export interface LatencySummary {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export interface TaskLatencies {
  readonly createdToStarted: LatencySummary;
  readonly createdToCompleted: LatencySummary;
}

// An hour is far past any latency the benchmark waits for; 3 digits keep percentiles within 0.1 %.
const HIGHEST_MS = 3_600_000;

/** p50, p95, p99 and max of millisecond samples, through an HDR histogram. */
export function summarizeLatencies(samplesMs: readonly number[]): LatencySummary {
  const histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: HIGHEST_MS, numberOfSignificantValueDigits: 3 });
  try {
    for (const ms of samplesMs) histogram.recordValue(Math.min(HIGHEST_MS, Math.max(0, Math.round(ms))));
    return {
      p50: histogram.getValueAtPercentile(50),
      p95: histogram.getValueAtPercentile(95),
      p99: histogram.getValueAtPercentile(99),
      max: histogram.maxValue,
    };
  } finally {
    histogram.destroy();
  }
}

export function taskLatencies(timings: readonly TaskTiming[]): TaskLatencies {
  return {
    createdToStarted: summarizeLatencies(timings.map((t) => t.startedAt - t.createdAt)),
    createdToCompleted: summarizeLatencies(timings.map((t) => t.completedAt - t.createdAt)),
  };
}

/** Tasks per second from `startedAt` (before the first submit) to the last completion. */
export function throughputPerSecond(timings: readonly TaskTiming[], startedAt: number): number {
  if (timings.length === 0) return 0;
  const lastCompleted = timings.reduce((last, t) => Math.max(last, t.completedAt), startedAt);
  return timings.length / (Math.max(1, lastCompleted - startedAt) / 1000);
}
