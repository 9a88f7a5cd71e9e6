import { useState } from 'react';
import type { Stats } from '@asynctask/client';
import { REFRESH_MS } from '../../api/queries';
import { LineChart, type ChartSeries } from '../../ui/line-chart';

/** Ten minutes of samples, one per refresh. */
const WINDOW_SECONDS = 600;
const MAX_SAMPLES = (WINDOW_SECONDS * 1000) / REFRESH_MS;

const SERIES: readonly ChartSeries[] = [
  { label: 'Ready', color: '#4f46e5' },
  { label: 'Delayed', color: '#d97706' },
  { label: 'In flight', color: '#059669' },
];

type Samples = [number[], number[], number[], number[]];

function withSample([times, ...columns]: Samples, { queues }: Stats, sampledAt: number): Samples {
  const values = [queues.ready, queues.delayed, queues.inFlight];
  const next = [[...times, sampledAt / 1000], ...values.map((value, i) => [...columns[i], value])];
  return next.map((column) => column.slice(-MAX_SAMPLES)) as Samples;
}

/** Queue depths sampled each time the overview refreshes, since the page was opened. */
export function QueueDepthChart({ stats, sampledAt }: { readonly stats: Stats; readonly sampledAt: number }) {
  const [samples, setSamples] = useState<Samples>(() => withSample([[], [], [], []], stats, sampledAt));
  const [lastSampledAt, setLastSampledAt] = useState(sampledAt);
  // A new answer adds a point while rendering, React's way to derive state from a changed prop.
  if (sampledAt !== lastSampledAt) {
    setLastSampledAt(sampledAt);
    setSamples(withSample(samples, stats, sampledAt));
  }
  return <LineChart label="Queue depths since this page was opened" series={SERIES} data={samples} windowSeconds={WINDOW_SECONDS} />;
}
