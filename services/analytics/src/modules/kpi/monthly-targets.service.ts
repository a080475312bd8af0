import { assertFen, DomainError, isUuid } from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import { ANALYTICS } from '../../context.js';
import { TargetMetric } from './kpi-registry.js';
import type { MonthlyTarget, SetMonthlyTargetInput } from './dto/kpi.types.js';

const TABLE = `"${ANALYTICS}"."monthly_target"`;
const MONTH = /^(\d{4})-(\d{2})$/;

export const MonthlyTargetErrors = {
  monthInvalid: (field: string, value: unknown) =>
    new DomainError('BAD_USER_INPUT', `${field} "${String(value)}" is not a month written YYYY-MM`, { field, reason: 'MONTH_INVALID' }),
  metricInvalid: (value: unknown) =>
    new DomainError('BAD_USER_INPUT', `input.metric "${String(value)}" is not REVENUE, MEMBER_SPEND or PHONE_TO_SALE`, {
      field: 'input.metric',
      reason: 'METRIC_INVALID',
    }),
  staffInvalid: (value: unknown) =>
    new DomainError('BAD_USER_INPUT', `input.staffId "${String(value)}" is not a staff id`, {
      field: 'input.staffId',
      reason: 'STAFF_INVALID',
    }),
  departmentInvalid: (value: unknown) =>
    new DomainError('BAD_USER_INPUT', `input.departmentCode "${String(value)}" is not a department code`, {
      field: 'input.departmentCode',
      reason: 'DEPARTMENT_INVALID',
    }),
};

/** 'YYYY-MM' with a month 01–12, or BAD_USER_INPUT naming `field`. */
export function parseTargetMonth(value: unknown, field: string): string {
  const match = typeof value === 'string' ? MONTH.exec(value.trim()) : null;
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw MonthlyTargetErrors.monthInvalid(field, value);
  return `${match[1]}-${match[2]}`;
}

interface Row {
  month: string;
  metric: string;
  department_code: string;
  staff_id: string;
  amount_fen: string;
  updated_at: Date | string;
  updated_by: string | null;
}

const toTarget = (row: Row): MonthlyTarget => ({
  month: row.month,
  metric: row.metric as TargetMetric,
  departmentCode: row.department_code,
  staffId: row.staff_id === '' ? null : row.staff_id,
  amountFen: Number(row.amount_fen),
  updatedAt: new Date(row.updated_at),
  updatedBy: row.updated_by,
});

const COLUMNS = `month, metric, department_code, staff_id, amount_fen::text as amount_fen, updated_at, updated_by::text as updated_by`;

/**
 * 月度目标 (analytics.monthly_target): the operations director's targets per month for the hospital
 * (department ''), a department, or a staff member (staff_id; '' for none). KpiService pro-rates
 * them for the completion KPIs.
 */
export class MonthlyTargetsService {
  constructor(private readonly ctx: AnalyticsContext) {}

  /** The month's targets; departmentCode given: that department's own and its staff members'. */
  async list(monthInput: string, departmentCode: string | null): Promise<MonthlyTarget[]> {
    const month = parseTargetMonth(monthInput, 'month');
    const rows = await this.ctx.em.execute<Row[]>(
      `select ${COLUMNS} from ${TABLE} where month = ? ${departmentCode === null ? '' : 'and department_code = ?'}
       order by metric collate "C", department_code collate "C", staff_id collate "C"`,
      departmentCode === null ? [month] : [month, departmentCode],
    );
    return rows.map(toTarget);
  }

  /**
   * Sets one target (insert or update by month, metric, department and staff). Setting the amount
   * it already has changes nothing and records nothing; a change is audited in its transaction.
   */
  async set(input: SetMonthlyTargetInput): Promise<MonthlyTarget> {
    const month = parseTargetMonth(input.month, 'input.month');
    if (!Object.values(TargetMetric).includes(input.metric)) throw MonthlyTargetErrors.metricInvalid(input.metric);
    // the Fen scalar has refused a fraction or an amount past 2^53 already; a target is never negative
    const amount = assertFen(input.amountFen, 'input.amountFen', { allowZero: true });
    const departmentCode = (input.departmentCode ?? '').trim();
    if (departmentCode.length > 64 || /\s/.test(departmentCode)) throw MonthlyTargetErrors.departmentInvalid(input.departmentCode);
    const staffText = (input.staffId ?? '').trim();
    if (staffText !== '' && !isUuid(staffText)) throw MonthlyTargetErrors.staffInvalid(input.staffId);
    const staffId = staffText.toLowerCase();
    const caller = this.ctx.caller;
    const updatedBy = caller.id && isUuid(caller.id) ? caller.id.toLowerCase() : null;

    return this.ctx.em.transactional(async (em) => {
      const [changed] = await em.execute<Row[]>(
        `insert into ${TABLE} (month, metric, department_code, staff_id, amount_fen, updated_at, updated_by)
         values (?, ?, ?, ?, ?, now(), ?::uuid)
         on conflict (month, metric, department_code, staff_id) do update
           set amount_fen = excluded.amount_fen, updated_at = excluded.updated_at, updated_by = excluded.updated_by
           where ${TABLE}.amount_fen is distinct from excluded.amount_fen
         returning ${COLUMNS}`,
        [month, input.metric, departmentCode, staffId, String(amount), updatedBy],
      );
      if (!changed) {
        const [existing] = await em.execute<Row[]>(
          `select ${COLUMNS} from ${TABLE} where month = ? and metric = ? and department_code = ? and staff_id = ?`,
          [month, input.metric, departmentCode, staffId],
        );
        return toTarget(existing!);
      }
      await this.ctx.audit.change(em, {
        operation: 'mutation setMonthlyTarget',
        targetType: 'MonthlyTarget',
        targetIds: [`${month}/${input.metric}/${departmentCode}/${staffId}`],
        fields: ['amountFen'],
      });
      return toTarget(changed);
    });
  }
}
