import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  FunnelQuery,
  KpiBreakdownRowFieldsFragment as KpiBreakdownRow,
  KpiTrendPointFieldsFragment as KpiTrendPoint,
  KpiUnit,
} from '../../../gql/graphql';
import { chartValue, formatKpiValue } from './format-kpi.js';

export type KpiChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

const valueColour = '#0e7c86';
const targetColour = '#f59f00';

/** Percentages plot as 0–100 and money in yuan, so the axis reads like the cards. */
function axisLabel(unit: KpiUnit): { formatter: string } | undefined {
  if (unit === 'PERCENT') return { formatter: '{value}%' };
  if (unit === 'FEN') return { formatter: '¥{value}' };
  return undefined;
}

/**
 * The KPI over the periods up to the selected one, with its target as a second (dashed) line where
 * the server has one; a period without a value (nothing to measure) is a gap, not a zero.
 */
export function buildTrendOption({
  points,
  unit,
  names,
}: {
  points: KpiTrendPoint[];
  unit: KpiUnit;
  names: { value: string; target: string };
}): KpiChartOption {
  const hasTarget = points.some((point) => point.value.target !== null);
  const label = (point: KpiTrendPoint) => (point.from === point.to ? point.from.slice(5) : `${point.from.slice(5)}~${point.to.slice(5)}`);
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) =>
        typeof value === 'number' ? formatKpiValue(unit === 'PERCENT' ? value / 100 : unit === 'FEN' ? value * 100 : value, unit) : '—',
    },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8 },
    xAxis: { type: 'category', data: points.map(label), boundaryGap: false },
    yAxis: { type: 'value', axisLabel: axisLabel(unit), ...(unit === 'COUNT' ? { minInterval: 1 } : {}) },
    series: [
      {
        type: 'line',
        name: names.value,
        data: points.map((point) => chartValue(point.value.value, unit)),
        itemStyle: { color: valueColour },
        connectNulls: false,
      },
      ...(hasTarget
        ? [
            {
              type: 'line' as const,
              name: names.target,
              data: points.map((point) => chartValue(point.value.target, unit)),
              itemStyle: { color: targetColour },
              lineStyle: { type: 'dashed' as const },
              showSymbol: false,
            },
          ]
        : []),
    ],
  };
}

/** One bar per department, staff member, channel…; a bar is clickable where the row drills down. */
export function buildBreakdownOption({ rows, unit, name }: { rows: KpiBreakdownRow[]; unit: KpiUnit; name: string }): KpiChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) =>
        typeof value === 'number' ? formatKpiValue(unit === 'PERCENT' ? value / 100 : unit === 'FEN' ? value * 100 : value, unit) : '—',
    },
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    xAxis: { type: 'category', data: rows.map((row) => row.label), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: axisLabel(unit), ...(unit === 'COUNT' ? { minInterval: 1 } : {}) },
    series: [
      { type: 'bar', name, data: rows.map((row) => chartValue(row.value.value, unit)), barMaxWidth: 36, itemStyle: { color: valueColour } },
    ],
  };
}

/**
 * Consultation → booking → arrival → deal, each stage labelled with its count and its share of the
 * stage before it (the conversion people manage).
 */
export function buildFunnelOption({
  funnel,
  names,
}: {
  funnel: FunnelQuery['funnel'];
  names: { consultations: string; bookings: string; arrivals: string; deals: string };
}): KpiChartOption {
  const stages = [
    { name: names.consultations, value: funnel.consultations },
    { name: names.bookings, value: funnel.bookings },
    { name: names.arrivals, value: funnel.arrivals },
    { name: names.deals, value: funnel.deals },
  ];
  const shareOfPrevious = (index: number) => {
    const previous = stages[index - 1]?.value ?? 0;
    return index === 0 || previous === 0 ? '' : ` (${((stages[index]!.value / previous) * 100).toFixed(1)}%)`;
  };
  const max = Math.max(1, ...stages.map((stage) => stage.value));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        left: '10%',
        width: '80%',
        top: 8,
        bottom: 8,
        min: 0,
        max,
        // stages keep their order: a later stage can outnumber an earlier one (walk-ins arrive unbooked)
        sort: 'none',
        gap: 2,
        label: {
          show: true,
          position: 'inside',
          formatter: (params) => `${params.name} ${params.value}${shareOfPrevious(params.dataIndex)}`,
        },
        data: stages.map((stage, index) => ({ ...stage, itemStyle: { color: ['#0e7c86', '#2f9e9e', '#66b2a8', '#f59f00'][index] } })),
      },
    ],
  };
}
