import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { NewCustomersChartOption } from '../utils/build-chart-option.js';

// echarts/core with only what this chart draws: the full `echarts` import is several times larger
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The ECharts view of the figures; loaded on demand so ECharts never weighs on the first screen. */
export function NewCustomersChart({ option }: { option: NewCustomersChartOption }) {
  return (
    <div data-testid="kpi-new-customers-chart">
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height: 320, width: '100%' }} />
    </div>
  );
}
