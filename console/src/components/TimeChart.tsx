// A live time-series chart (uPlot): one x axis of seconds, a line per series, resized with its container.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Narrowest time span shown, in seconds. */
const MIN_SPAN_S = 60;

export interface ChartSeries {
  label: string;
  color: string;
}

export interface TimeChartProps {
  /** Read by screen readers instead of the canvas; the figures beside the chart carry the detail. */
  label: string;
  series: ChartSeries[];
  /** x in seconds since the epoch, then one array per series (null for a gap). */
  data: [number[], ...(number | null)[][]];
  unit: string;
  height?: number;
}

export function TimeChart({ label, series, data, unit, height = 220 }: TimeChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the chart is built once; data flows in below.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const chart = new uPlot(
      {
        width: Math.max(el.clientWidth, 280),
        height,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          // At least a minute wide, so a chart just started does not stretch a few seconds across.
          x: { time: true, range: (_u, min, max) => [Math.min(min, max - MIN_SPAN_S), max] },
          y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
        },
        axes: [{}, { label: unit, size: 60 }],
        series: [
          {},
          ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: false } })),
        ],
      },
      data,
      el,
    );
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(el.clientWidth, 280), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div className="chart" ref={host} role="img" aria-label={label} data-points={data[0].length} />;
}
