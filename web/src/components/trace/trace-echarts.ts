// ECharts for the trace graph only: the graph series with tooltip and legend, tree-shaken like
// lib/echarts.ts (which the indicator pages own); use() is idempotent, so sharing the core is safe.
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import {
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GraphChart, TooltipComponent, LegendComponent, CanvasRenderer]);

export type TraceChartOption = ComposeOption<GraphSeriesOption | TooltipComponentOption | LegendComponentOption>;

export { init };
