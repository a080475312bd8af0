import type { AnalyticsContext } from '../../context.js';
import { ANALYTICS } from '../../context.js';
import { NewCustomersGroupBy, type NewCustomersReport, type NewCustomersRow } from './dto/new-customers-report.type.js';
import type { PeriodInput } from '../../common/dto/period.input.js';
import { parsePeriod } from '../../common/period.js';

const DAILY = `"${ANALYTICS}"."daily_new_customers"`;

/** Every day of the period, in order; days without a rollup row are zeros. Parameters: from, to, from. */
export const BY_DAY = `
  select to_char(d.day, 'YYYY-MM-DD') as key,
         coalesce(sum(r.new_customers), 0)::int as new_customers,
         coalesce(sum(r.new_members), 0)::int as new_members
  from (select ?::date + n as day from generate_series(0, ?::date - ?::date) as n) as d
  left join ${DAILY} as r on r.day = d.day
  group by d.day
  order by d.day`;

/** One row per channel with data; ties broken by the code in byte order so the order is stable. Parameters: from, to. */
export const BY_CHANNEL = `
  select channel as key, sum(new_customers)::int as new_customers, sum(new_members)::int as new_members
  from ${DAILY}
  where day between ?::date and ?::date
  group by channel
  having sum(new_customers) > 0 or sum(new_members) > 0
  order by sum(new_customers) desc, channel collate "C"`;

/** 新增客户 report: reads only the daily rollup, never the facts. */
export class NewCustomersService {
  constructor(private readonly ctx: AnalyticsContext) {}

  async report(input: PeriodInput, groupBy: NewCustomersGroupBy): Promise<NewCustomersReport> {
    const period = parsePeriod(input);
    const raw =
      groupBy === NewCustomersGroupBy.DAY
        ? await this.ctx.em.execute<{ key: string; new_customers: number; new_members: number }[]>(BY_DAY, [
            period.from,
            period.to,
            period.from,
          ])
        : await this.ctx.em.execute<{ key: string; new_customers: number; new_members: number }[]>(BY_CHANNEL, [period.from, period.to]);
    const rows: NewCustomersRow[] = raw.map((row) => ({ key: row.key, newCustomers: row.new_customers, newMembers: row.new_members }));
    return {
      period: { from: period.from, to: period.to },
      groupBy,
      rows,
      totalNewCustomers: rows.reduce((sum, row) => sum + row.newCustomers, 0),
      totalNewMembers: rows.reduce((sum, row) => sum + row.newMembers, 0),
    };
  }
}
