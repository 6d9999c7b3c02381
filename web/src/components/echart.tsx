// A minimal React host for an ECharts instance built from lib/echarts.ts (the tree-shaken core).
// echarts-for-react's core entry would do the same, but its CommonJS typings need an interop
// cast under the root tsconfig's NodeNext resolution; this is the few lines it would save.
import type { CSSProperties } from 'react';
import { useEffect, useRef } from 'react';
import { type ChartOption, init } from '../lib/echarts.ts';

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
  value: unknown;
}

interface EChartProps {
  option: ChartOption;
  height?: number;
  style?: CSSProperties;
  onClick?: (params: ChartClick) => void;
  ariaLabel?: string;
}

export function EChart({ option, height = 300, style, onClick, ariaLabel }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => clickRef.current?.(p as unknown as ChartClick));
    // The menu collapses and the window resizes: follow the container, not just the window.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new option replaces the old one (series removed between renders disappear).
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={host} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} />;
}
