import { summarizeLatencies, taskLatencies, throughputPerSecond } from './latency-summary';

describe('latency summaries', () => {
  it('gives p50, p95, p99 and max of 1..1000 ms within the histogram\'s precision', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(summarizeLatencies(samples)).toEqual({ p50: 500, p95: 950, p99: 990, max: 1000 });
  });

  it('measures create→started and create→completed of each task', () => {
    const timings = [
      { createdAt: 1000, startedAt: 1010, completedAt: 1030 },
      { createdAt: 2000, startedAt: 2040, completedAt: 2100 },
    ];
    const latencies = taskLatencies(timings);
    expect(latencies.createdToStarted.max).toBe(40);
    expect(latencies.createdToCompleted.max).toBe(100);
    expect(latencies.createdToCompleted.p50).toBe(30);
  });

  it('counts throughput from the first submit to the last completion', () => {
    const timings = [
      { createdAt: 0, startedAt: 0, completedAt: 1500 },
      { createdAt: 0, startedAt: 0, completedAt: 2000 },
    ];
    expect(throughputPerSecond(timings, 0)).toBe(1);
    expect(throughputPerSecond([], 0)).toBe(0);
  });
});
