import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { KpiChartOption } from '../utils/kpi-chart-option.js';

// echarts/core with only what the dashboard draws: the full `echarts` import is several times larger
echarts.use([BarChart, LineChart, FunnelChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** An ECharts view of the dashboard (trend, breakdown, funnel); loaded on demand with ECharts. */
export function KpiChart({
  option,
  testId,
  height = 300,
  onItemClick,
}: {
  option: KpiChartOption;
  testId: string;
  height?: number;
  /** a bar or funnel stage clicked, by its index in the data */
  onItemClick?: (dataIndex: number) => void;
}) {
  return (
    <div data-testid={testId}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={onItemClick ? { click: (params: { dataIndex: number }) => onItemClick(params.dataIndex) } : undefined}
      />
    </div>
  );
}
