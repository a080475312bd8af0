import { DomainError, isUuid } from '@careline/service-kit';
import { parseMonth } from '../members-analytics/members-analytics.rules.js';
import {
  JUDGED_COUNT_MAX,
  JUDGED_MAX,
  type KpiInfo,
  type MeasureFigure,
  type MeasureScope,
  type TemplateItem,
} from './scorecard-scoring.js';
import type { ScorecardTemplateItemInput, SetJudgedScoreInput } from './dto/scorecards.types.js';

export const ScorecardErrors = {
  bad: (field: string, message: string, reason: string) => new DomainError('BAD_USER_INPUT', message, { field, reason }),
  templateNotFound: (positionCode: string) =>
    new DomainError('NOT_FOUND', `no scorecard template for position ${positionCode}`, {
      field: 'positionCode',
      reason: 'TEMPLATE_NOT_FOUND',
    }),
  otherDepartment: (own: string | undefined, asked: string) =>
    new DomainError('FORBIDDEN', `a department admin works on their own department's scorecards (${own ?? 'none'}), not ${asked}`, {
      reason: 'OTHER_DEPARTMENT',
    }),
  exportForbidden: () =>
    new DomainError('FORBIDDEN', 'the monthly business analysis is the operations director’s (it covers every department)', {
      reason: 'ROLE_NOT_ALLOWED',
    }),
};

const CODE = /^[A-Z][A-Z0-9_]{1,47}$/;
const SCOPES: readonly MeasureScope[] = ['STAFF', 'DEPARTMENT', 'HOSPITAL'];
const FIGURES: readonly MeasureFigure[] = ['VALUE', 'SHARE'];
export const MAX_TEMPLATE_ITEMS = 20;

/** 'YYYY-MM' → { month, from, to } (first and last calendar day), or BAD_USER_INPUT naming `field`. */
export function monthPeriod(value: string, field = 'month'): { month: string; from: string; to: string } {
  const index = parseMonth(value, field);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return { month: text, from: `${text}-01`, to: `${text}-${String(last).padStart(2, '0')}` };
}

/** The month before 'YYYY-MM'. */
export function previousMonth(month: string): string {
  const index = parseMonth(month, 'month') - 1;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const name = (value: unknown, field: string): string => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text.length > 60) throw ScorecardErrors.bad(field, `${field} must be 1 to 60 characters`, 'NAME_INVALID');
  return text;
};

/**
 * A template's items as the director wrote them, checked against the registry: unique codes,
 * weights > 0 and ≤ 100 (two decimals at most; the total is kept as given and normalised at
 * scoring), a measured item names a registry KPI and a scope its data can split by (STAFF needs
 * the STAFF dimension, DEPARTMENT the DEPARTMENT one), SHARE only for a KPI with a share, the
 * ONSITE variant only for the complaint rate, a target > 0 or none. Judged items carry no KPI.
 */
export function validateTemplateItems(items: readonly ScorecardTemplateItemInput[], registry: readonly KpiInfo[]): TemplateItem[] {
  if (items.length === 0 || items.length > MAX_TEMPLATE_ITEMS) {
    throw ScorecardErrors.bad('items', `a template has 1 to ${MAX_TEMPLATE_ITEMS} items`, 'ITEM_COUNT');
  }
  const seen = new Set<string>();
  return items.map((item, i) => {
    const at = `items[${i}]`;
    const code = (item.code ?? '').trim().toUpperCase();
    if (!CODE.test(code))
      throw ScorecardErrors.bad(`${at}.code`, `${at}.code "${item.code}" must be upper-case letters, digits and _`, 'CODE_INVALID');
    if (seen.has(code)) throw ScorecardErrors.bad(`${at}.code`, `item code ${code} appears twice`, 'CODE_DUPLICATE');
    seen.add(code);
    const weight = item.weight;
    if (
      typeof weight !== 'number' ||
      !Number.isFinite(weight) ||
      weight <= 0 ||
      weight > 100 ||
      Math.round(weight * 100) !== weight * 100
    ) {
      throw ScorecardErrors.bad(
        `${at}.weight`,
        `${at}.weight must be more than 0 and at most 100 (two decimals at most)`,
        'WEIGHT_INVALID',
      );
    }
    const nameZh = name(item.nameZh, `${at}.nameZh`);
    const nameEn = name(item.nameEn, `${at}.nameEn`);
    if (item.kind === 'JUDGED') {
      // a judged item with a target is a count (人才培养数量, 培训课时) scored against it
      const countTarget = item.target ?? null;
      if (countTarget !== null && (!Number.isInteger(countTarget) || countTarget <= 0 || countTarget > JUDGED_COUNT_MAX)) {
        throw ScorecardErrors.bad(
          `${at}.target`,
          `${at}.target of a judged count is a whole number from 1 to ${JUDGED_COUNT_MAX} or empty`,
          'TARGET_INVALID',
        );
      }
      return {
        code,
        kind: 'JUDGED',
        kpiCode: null,
        nameZh,
        nameEn,
        weight,
        scope: null,
        figure: null,
        variant: null,
        target: countTarget,
      } satisfies TemplateItem;
    }
    if (item.kind !== 'MEASURED') throw ScorecardErrors.bad(`${at}.kind`, `${at}.kind must be MEASURED or JUDGED`, 'KIND_INVALID');
    const kpi = registry.find((entry) => entry.code === item.kpiCode);
    if (!kpi)
      throw ScorecardErrors.bad(`${at}.kpiCode`, `${at}.kpiCode "${item.kpiCode ?? ''}" is not a KPI of the registry`, 'KPI_UNKNOWN');
    const scope = (item.scope ?? 'STAFF') as MeasureScope;
    if (!SCOPES.includes(scope))
      throw ScorecardErrors.bad(`${at}.scope`, `${at}.scope must be STAFF, DEPARTMENT or HOSPITAL`, 'SCOPE_INVALID');
    if (scope !== 'HOSPITAL' && !kpi.dimensions.includes(scope)) {
      throw ScorecardErrors.bad(
        `${at}.scope`,
        `${kpi.code} cannot be measured per ${scope.toLowerCase()} (its data splits by ${kpi.dimensions.join(', ') || 'nothing'})`,
        'SCOPE_UNSUPPORTED',
      );
    }
    const figure = (item.figure ?? 'VALUE') as MeasureFigure;
    if (!FIGURES.includes(figure) || (figure === 'SHARE' && !kpi.hasShare)) {
      throw ScorecardErrors.bad(
        `${at}.figure`,
        `${at}.figure must be VALUE${kpi.hasShare ? ' or SHARE' : ''} for ${kpi.code}`,
        'FIGURE_INVALID',
      );
    }
    const variant = item.variant ?? null;
    if (variant !== null && (variant !== 'ONSITE' || !kpi.hasOnsiteVariant)) {
      throw ScorecardErrors.bad(`${at}.variant`, `${at}.variant ONSITE applies to the complaint rate only`, 'VARIANT_INVALID');
    }
    const target = item.target ?? null;
    if (target !== null && (!Number.isFinite(target) || target <= 0)) {
      throw ScorecardErrors.bad(
        `${at}.target`,
        `${at}.target must be more than 0 (a share for rates: 0.95 = 95 %, 1 for completion KPIs) or empty`,
        'TARGET_INVALID',
      );
    }
    return {
      code,
      kind: 'MEASURED',
      kpiCode: kpi.code,
      nameZh,
      nameEn,
      weight,
      scope,
      figure,
      variant: variant as 'ONSITE' | null,
      target,
    } satisfies TemplateItem;
  });
}

/** A judged entry: a real month, a staff uuid, judged items of the template, integer scores 0–100. */
export function validateJudged(input: SetJudgedScoreInput, template: { items: readonly TemplateItem[] }) {
  const { month } = monthPeriod(input.month, 'month');
  if (!isUuid(input.staffId ?? '')) throw ScorecardErrors.bad('staffId', `staffId "${input.staffId}" is not a uuid`, 'STAFF_ID_INVALID');
  const departmentCode = (input.departmentCode ?? '').trim();
  if (!departmentCode) throw ScorecardErrors.bad('departmentCode', 'departmentCode is required', 'DEPARTMENT_REQUIRED');
  const staffName = input.staffName?.trim() ? input.staffName.trim().slice(0, 60) : null;
  if (input.scores.length > MAX_TEMPLATE_ITEMS) throw ScorecardErrors.bad('scores', 'too many scores', 'SCORE_COUNT');
  const seen = new Set<string>();
  const scores = input.scores.map((entry, i) => {
    const item = template.items.find((candidate) => candidate.code === entry.itemCode);
    if (!item || item.kind !== 'JUDGED') {
      throw ScorecardErrors.bad(
        `scores[${i}].itemCode`,
        `${entry.itemCode} is not a judged item of position ${input.positionCode}`,
        'ITEM_NOT_JUDGED',
      );
    }
    if (seen.has(item.code)) throw ScorecardErrors.bad(`scores[${i}].itemCode`, `${item.code} is scored twice`, 'ITEM_DUPLICATE');
    seen.add(item.code);
    const max = item.target !== null ? JUDGED_COUNT_MAX : JUDGED_MAX;
    if (!Number.isInteger(entry.score) || entry.score < 0 || entry.score > max) {
      throw ScorecardErrors.bad(
        `scores[${i}].score`,
        `a judged ${item.target !== null ? 'count' : 'score'} is a whole number from 0 to ${max} (got ${entry.score})`,
        'SCORE_OUT_OF_RANGE',
      );
    }
    return { itemCode: item.code, score: entry.score };
  });
  return { month, staffId: input.staffId.toLowerCase(), staffName, positionCode: input.positionCode, departmentCode, scores };
}
