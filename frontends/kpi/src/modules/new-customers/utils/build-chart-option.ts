import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { NewCustomersGroupBy, NewCustomersRowFieldsFragment as NewCustomersRow } from '../../../gql/graphql';

export type NewCustomersChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * Two series (new customers, and those of them who joined as members): a line over the days of the
 * period, or bars per channel, since channels are categories with no order in time.
 */
export function buildChartOption({
  rows,
  groupBy,
  label,
  names,
}: {
  rows: NewCustomersRow[];
  groupBy: NewCustomersGroupBy;
  label: (key: string) => string;
  names: { newCustomers: string; newMembers: string };
}): NewCustomersChartOption {
  const byDay = groupBy === 'DAY';
  const series = (name: string, values: number[], color: string): BarSeriesOption | LineSeriesOption =>
    byDay
      ? // straight segments: a smoothed curve overshoots below zero on quiet days
        { type: 'line', name, data: values, showSymbol: rows.length <= 31, itemStyle: { color } }
      : { type: 'bar', name, data: values, barMaxWidth: 36, itemStyle: { color } };
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    // ECharts 6 keeps axis labels inside the container by default (grid.outerBoundsMode 'auto')
    grid: { left: 8, right: 16, top: 40, bottom: 8 },
    xAxis: {
      type: 'category',
      boundaryGap: !byDay,
      // MM-DD is enough on the axis; the tooltip and the table keep the full date
      data: rows.map((row) => (byDay ? row.key.slice(5) : label(row.key))),
      // every channel is named; days thin out on their own
      axisLabel: byDay ? {} : { interval: 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      series(
        names.newCustomers,
        rows.map((row) => row.newCustomers),
        '#0e7c86',
      ),
      series(
        names.newMembers,
        rows.map((row) => row.newMembers),
        '#f59f00',
      ),
    ],
  };
}
