import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { MembersChartOption } from '../utils/members-chart-options.js';

// echarts/core with only what these charts draw: the full `echarts` import is several times larger
echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** An ECharts view of member figures; loaded on demand so ECharts never weighs on the first screen. The table beside it carries the same figures as text. */
export function MembersChart({ option, testId, height = 320 }: { option: MembersChartOption; testId: string; height?: number }) {
  return (
    <div data-testid={testId} aria-hidden>
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />
    </div>
  );
}
