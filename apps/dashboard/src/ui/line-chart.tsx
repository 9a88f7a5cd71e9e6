import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  readonly label: string;
  readonly color: string;
}

interface LineChartProps {
  /** What the chart shows, for people who cannot see it. */
  readonly label: string;
  readonly series: readonly ChartSeries[];
  /** Times in seconds since the epoch, then one array per series. */
  readonly data: readonly [number[], ...number[][]];
  readonly height?: number;
  /** How much time the x axis spans, ending at the newest sample. */
  readonly windowSeconds: number;
}

function clockTime(seconds: number): string {
  return new Date(seconds * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** A uPlot time-series chart that fills its container's width. */
export function LineChart({ label, series, data, height = 220, windowSeconds }: LineChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height,
        legend: { show: true, live: false },
        cursor: { drag: { x: false, y: false } },
        // The last `windowSeconds` up to just past the newest sample, from zero up: a lone sample still reads right.
        scales: {
          x: { time: true, range: (_plot, _min, max) => [max - windowSeconds, max + windowSeconds / 50] },
          y: { range: (_plot, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] },
        },
        axes: [
          { stroke: '#64748b', grid: { stroke: '#eef2f7' }, space: 80, values: (_plot, ticks) => ticks.map(clockTime) },
          { stroke: '#64748b', grid: { stroke: '#eef2f7' }, size: 48 },
        ],
        series: [{ label: 'Time' }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, fill: `${s.color}1a`, points: { show: true, size: 5 } }))],
      },
      [[], ...series.map(() => [])],
      element,
    );
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [series, height, windowSeconds]);

  useEffect(() => {
    chart.current?.setData(data.map((column) => [...column]) as uPlot.AlignedData);
  }, [data]);

  return <div ref={container} className="chart" role="img" aria-label={label} />;
}
