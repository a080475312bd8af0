import type { KpiScope, KpiValue } from '../kpi/kpi.service.js';

/**
 * 绩效考核 scoring: pure functions, so the rule is read (and tested) in one place.
 *
 * Weights: a template's weights are kept as given; scoring scales them to add up to 100
 * (normalised weight = weight × 100 / weight total). A template whose weights do not add up to 100
 * (the on-site consultation supervisor's 115) is flagged `normalised` with its `weightTotal`.
 *
 * Item score (0–120):
 * - JUDGED: the manager's entry, 0–100; not entered yet → 0 (status NOT_ENTERED). A judged item
 *   with a target is a count (人才培养数量, 培训课时): the entry is the count, scored
 *   min(count / target, 1.2) × 100.
 * - MEASURED, HIGHER_IS_BETTER: min(value / target, 1.2) × 100. Completion KPIs
 *   (REVENUE_COMPLETION, PHONE_TO_SALE_ACHIEVEMENT, MEMBER_SPEND_COMPLETION) are already
 *   value = actual / monthly target, so their item target is 1 (100 %).
 * - MEASURED, LOWER_IS_BETTER (COMPLAINT_RATE): min(target / value, 1.2) × 100, and 120 when the
 *   value is 0 (no complaints at all beats any target): a rate twice the target scores 50, half of
 *   it scores 120 (capped), exactly the target 100.
 * - The target is the item's own (template), else the registry's defaultTarget. No target (or a
 *   target ≤ 0) → 0, status NO_TARGET; no value (nothing to measure: a rate over 0 consultations,
 *   a completion without a monthly target) → 0, status NO_DATA. Both are shown, never hidden.
 * Weighted score = item score × normalised weight / 100; total = Σ weighted scores (0–120).
 * Rank within the position for the month: by total, highest first; equal totals (to 0.01) share a
 * rank and the next rank skips (1, 1, 3).
 */

export type ItemKind = 'MEASURED' | 'JUDGED';
/** whose figure a measured item reads: the staff member's, their department's or the hospital's */
export type MeasureScope = 'STAFF' | 'DEPARTMENT' | 'HOSPITAL';
/** VALUE: the KPI's value; SHARE: SATISFACTION's share of scores ≥ 4 */
export type MeasureFigure = 'VALUE' | 'SHARE';
export type ItemStatus = 'OK' | 'NO_DATA' | 'NO_TARGET' | 'NOT_ENTERED';

export interface TemplateItem {
  code: string;
  kind: ItemKind;
  kpiCode: string | null;
  nameZh: string;
  nameEn: string;
  weight: number;
  scope: MeasureScope | null;
  figure: MeasureFigure | null;
  /** ONSITE: COMPLAINT_RATE over outpatient visits (customers received) instead of consultations */
  variant: 'ONSITE' | null;
  /** measured: null = the registry's default target; judged: a count's target (null: a 0–100 score) */
  target: number | null;
}

/** What scoring needs of a registry entry (kpi-registry.ts KpiDefinitionEntry). */
export interface KpiInfo {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  direction: string;
  dimensions: readonly string[];
  defaultTarget: number | null;
  /** SATISFACTION: gives a second figure, the share of scores ≥ 4 */
  hasShare: boolean;
  /** COMPLAINT_RATE: has an on-site variant */
  hasOnsiteVariant: boolean;
}

/** What KpiService.measure answers: the API's KpiValue (SATISFACTION with its `share`). */
export type MeasuredValue = KpiValue;
/** Whose figure: KpiService's scope. */
export type MeasureScopeInput = KpiScope;
export type MeasureFn = (code: string, period: { from: string; to: string }, scope: MeasureScopeInput) => Promise<MeasuredValue>;

export const SCORE_CAP = 1.2;
export const JUDGED_MAX = 100;
/** the largest count a judged count item takes (training hours, people trained in a month) */
export const JUDGED_COUNT_MAX = 10_000;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function weightTotal(items: readonly Pick<TemplateItem, 'weight'>[]): number {
  return round(
    items.reduce((sum, item) => sum + item.weight, 0),
    4,
  );
}

/** Each item's weight scaled so the template adds up to 100 (unrounded, so they sum to exactly 100). */
export function normalisedWeights(items: readonly Pick<TemplateItem, 'weight'>[]): {
  weightTotal: number;
  normalised: boolean;
  weights: number[];
} {
  const total = weightTotal(items);
  return {
    weightTotal: total,
    normalised: Math.abs(total - 100) > 1e-9,
    weights: items.map((item) => (total > 0 ? (item.weight * 100) / total : 0)),
  };
}

/** Attainment of a measured value against its target (0–1.2), by the KPI's direction; null without value or target. */
export function attainment(value: number | null, target: number | null, direction: string): number | null {
  if (value === null || target === null || !(target > 0)) return null;
  if (direction === 'LOWER_IS_BETTER') return value <= 0 ? SCORE_CAP : Math.min(target / value, SCORE_CAP);
  return Math.max(0, Math.min(value / target, SCORE_CAP));
}

export interface ScoredItem {
  code: string;
  kind: ItemKind;
  kpiCode: string | null;
  nameZh: string;
  nameEn: string;
  weight: number;
  normalisedWeight: number;
  scope: MeasureScope | null;
  figure: MeasureFigure | null;
  direction: string | null;
  unit: string | null;
  /** measured: the figure read; judged: the entered score */
  value: number | null;
  target: number | null;
  /** the target is the registry's default (the template sets none) */
  targetIsDefault: boolean;
  /** 0–120 (judged 0–100) */
  score: number;
  weightedScore: number;
  status: ItemStatus;
}

/** The target a measured item is held against: its own, else the registry's default. */
export const itemTarget = (item: TemplateItem, kpi: KpiInfo | undefined): number | null => item.target ?? kpi?.defaultTarget ?? null;

/**
 * Scores one item. `measured` is the figure read for a measured item (null: none); `judged` the
 * entered score of a judged item (undefined: not entered).
 */
export function scoreItem(
  item: TemplateItem,
  normalisedWeight: number,
  kpi: KpiInfo | undefined,
  measured: number | null,
  judged: number | undefined,
): ScoredItem {
  const base = {
    code: item.code,
    kind: item.kind,
    kpiCode: item.kpiCode,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    weight: item.weight,
    normalisedWeight: round(normalisedWeight, 4),
    scope: item.scope,
    figure: item.figure,
    direction: kpi?.direction ?? null,
    unit: item.kind === 'MEASURED' ? (item.figure === 'SHARE' ? 'PERCENT' : (kpi?.unit ?? null)) : item.target !== null ? 'COUNT' : null,
  };
  let score: number;
  let status: ItemStatus;
  let value: number | null;
  let target: number | null;
  if (item.kind === 'JUDGED') {
    value = judged ?? null;
    target = item.target;
    score = judged === undefined ? 0 : target !== null ? round(attainment(judged, target, 'HIGHER_IS_BETTER')! * 100) : judged;
    status = judged === undefined ? 'NOT_ENTERED' : 'OK';
  } else {
    value = measured;
    target = itemTarget(item, kpi);
    const reached = attainment(measured, target, kpi?.direction ?? 'HIGHER_IS_BETTER');
    score = reached === null ? 0 : round(reached * 100);
    status = target === null || !(target > 0) ? 'NO_TARGET' : measured === null ? 'NO_DATA' : 'OK';
  }
  const targetIsDefault = item.kind === 'MEASURED' && item.target === null && target !== null;
  return { ...base, value, target, targetIsDefault, score, weightedScore: round((score * normalisedWeight) / 100, 4), status };
}

export const totalOf = (items: readonly ScoredItem[]): number => round(items.reduce((sum, item) => sum + item.weightedScore, 0));

/** Competition ranking (1, 1, 3) by total, highest first; rows keep their order otherwise. */
export function rankByTotal<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || round(sorted[index - 1]!.total) !== round(row.total)) rank = index + 1;
    return { ...row, rank };
  });
}
