import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { KpiCohortRetentionQuery, KpiMemberRfmQuery } from '../../../gql/graphql';

export type MembersChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;
export type RfmSegment = NonNullable<KpiMemberRfmQuery['memberRfm']>[number];
export type CohortRow = NonNullable<KpiCohortRetentionQuery['cohortRetention']>[number];

/** Members per RFM segment, one bar each, in the API's order (重要价值 first, 12个月未消费 last). */
export function rfmChartOption(segments: RfmSegment[], label: (segment: RfmSegment) => string, seriesName: string): MembersChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    xAxis: { type: 'category', data: segments.map(label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: seriesName, data: segments.map((segment) => segment.members), barMaxWidth: 36 }],
  };
}

/**
 * The retention triangle as a heat map: a row per joining month, a column per month after joining,
 * the colour the share of the cohort who consumed. Months not reached yet have no cell.
 */
export function cohortChartOption(rows: CohortRow[], offsetLabel: (offset: number) => string): MembersChartOption {
  const width = Math.max(1, ...rows.map((row) => row.months.length));
  return {
    tooltip: {
      formatter: (params) => {
        const value = (Array.isArray(params) ? params[0] : params)?.value as [number, number, number] | undefined;
        return value ? `${String(value[2])}%` : '';
      },
    },
    grid: { left: 8, right: 16, top: 8, bottom: 56 },
    xAxis: { type: 'category', data: Array.from({ length: width }, (_, offset) => offsetLabel(offset)), splitArea: { show: true } },
    yAxis: { type: 'category', data: rows.map((row) => row.cohort), inverse: true, splitArea: { show: true } },
    visualMap: { min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, text: ['100%', '0%'] },
    series: [
      {
        type: 'heatmap',
        label: { show: true, formatter: (params) => `${String((params.value as [number, number, number])[2])}%` },
        data: rows.flatMap((row, y) =>
          row.months.map((cell) => [
            cell.monthOffset,
            y,
            cell.rate === null || cell.rate === undefined ? 0 : Math.round(cell.rate * 1000) / 10,
          ]),
        ),
      },
    ],
  };
}
