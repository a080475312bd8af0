import type { EntityManager } from '@mikro-orm/postgresql';
import { localDay } from '../../common/local-day.js';
import { parseDay, parsePeriod } from '../../common/period.js';
import type {
  CohortRow,
  CustomerStats,
  DistributionRow,
  GiftCost,
  KeyAccountReport,
  MemberPointsLiability,
  RfmSegment,
  TierDistribution,
} from './dto/members-analytics.types.js';
import {
  MembersAnalyticsErrors,
  monthStart,
  monthText,
  parseMonth,
  fen,
  ratio,
  RFM_SEGMENTS,
  RFM_WINDOW_DAYS,
  round,
  segmentOf,
  sqlScores,
} from './members-analytics.rules.js';
import { keepsDay, ReportCache } from './report-cache.js';
import { textArray } from '../../common/sql-arrays.js';

const T = (name: string) => `"analytics"."${name}"`;
const MAX_COHORT_MONTHS = 24;

/**
 * The days with member activity, as `ma_customer_daily_member_day_idx`'s predicate says it (the
 * planner uses a partial index only for a query that repeats its condition). Days outside it
 * add nothing to member spend or member receipts.
 */
export const MEMBER_ACTIVITY = '(d.member_consumptions <> 0 or d.member_spend_fen <> 0)';

/**
 * 会员再次开发率's two counts for a select list: the members on day `to` (joined by then, not
 * cancelled by then), and those of them with a day of member consumption from `from` to `to` in
 * `daily` (more conditions on its rows `d` in `filter`). `from` and `to` are SQL: placeholders
 * (`?::date`, then the parameters are [to] for `members`, [from, to, …filter's, to, to, to] for
 * `consumed`, and [to, from, to, …filter's, to, to, to] for `both`, an int[] of the two) or columns.
 *
 * Neither reads every member (a million customers have 213,000; that pass was half the KPI cards'
 * time): the members on `to` are the tier rollup's running sum (ma_tier_daily, the same timeline
 * the tier distribution counts: joined, not cancelled, and 注销 is for ever), and the consuming
 * members are the period's consuming customers (the days with member activity, from their partial
 * index) less those of them whose membership was cancelled by `to` and who hold no other one then
 * (the few cancelled memberships, from their partial index). A member receipt is a member's, so a
 * consuming customer is a member on `to` unless cancelled by then; and a customer holds one
 * membership at a time (ALREADY_MEMBER), so customers and memberships count alike.
 */
export function redevelopmentCounts(
  daily: string,
  from: string,
  to: string,
  filter = '',
): { members: string; consumed: string; both: string } {
  const onTo = `m.joined_day <= ${to} and (m.cancelled_day is null or m.cancelled_day > ${to})`;
  const members = `(select coalesce(sum(t.delta), 0) from ${T('ma_tier_daily')} t where t.day <= ${to})::int`;
  const consumed = `(with c as (select distinct d.customer_id from ${daily} d
        where d.day between ${from} and ${to} and d.member_consumptions > 0 and ${MEMBER_ACTIVITY} ${filter})
      select (select count(*) from c) - (select count(*) from (select distinct x.customer_id from ${T('ma_member')} x where x.cancelled_day <= ${to}) x
        where x.customer_id in (select customer_id from c)
          and not exists (select 1 from ${T('ma_member')} m where m.customer_id = x.customer_id and ${onTo})))::int`;
  return { members, consumed, both: `array[${members}, ${consumed}]::int[]` };
}

export interface MembersAnalyticsConfig {
  timeZone: string;
  /** what one point is worth, fen */
  pointValueFen: number;
  /** the hospital day today (tests pass a fixed one) */
  today?: () => string;
}

/**
 * Membership figures, read from the members-analytics rollups (never from another service's
 * schema, and never from raw facts on the query path).
 */
export class MembersAnalyticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: MembersAnalyticsConfig,
  ) {}

  today(): string {
    return this.config.today?.() ?? localDay(new Date(), this.config.timeZone);
  }

  private asOf(value: string | null | undefined): string {
    return value == null ? this.today() : parseDay(value, 'asOf');
  }

  /** members counted on `day`: joined by then and not cancelled by then */
  private static readonly MEMBERS_ON = `select membership_id, customer_id from ${T('ma_member')}
    where joined_day <= ?::date and (cancelled_day is null or cancelled_day > ?::date)`;

  /**
   * RFM over every member on `asOf`. An answer for a day three or more days back is kept
   * (ReportCache) until an event reaches back before it.
   */
  async rfm(asOfInput?: string | null): Promise<RfmSegment[]> {
    const asOf = this.asOf(asOfInput);
    const keep = asOf < this.today() && keepsDay(asOf);
    const cache = new ReportCache(this.em);
    const kept = keep ? (await cache.get<RfmGroup[]>('RFM', [asOf])).get(asOf) : undefined;
    if (kept) return rfmSegments(kept);
    const rows = await this.em.execute<(RfmGroup & { snapshot: string })[]>(
      `with members as (${MembersAnalyticsService.MEMBERS_ON}),
       window_activity as (
         select d.customer_id, max(d.day) as last_day, sum(d.consumptions)::int as frequency, sum(d.spend_fen) as monetary
         from ${T('ma_customer_daily')} d
         where d.customer_id in (select customer_id from members) and d.day > ?::date - ${RFM_WINDOW_DAYS} and d.day <= ?::date and d.consumptions > 0
         group by d.customer_id
       ),
       scored as (
         select a.last_day, (?::date - a.last_day) as recency, a.frequency, coalesce(a.monetary, 0) as monetary
         from members mb left join window_activity a on a.customer_id = mb.customer_id
       )
       select case when last_day is null then null else ${sqlScores.recency('recency')} end as r,
              case when last_day is null then null else ${sqlScores.frequency('frequency')} end as f,
              case when last_day is null then null else ${sqlScores.monetary('monetary')} end as m,
              count(*)::int as members, sum(monetary)::text as spend, avg(recency)::text as recency, avg(frequency)::text as frequency,
              ${ReportCache.SNAPSHOT_COLUMN}
       from scored group by 1, 2, 3`,
      [asOf, asOf, asOf, asOf, asOf],
    );
    const groups = rows.map(({ snapshot: _, ...group }) => group);
    if (keep && rows.length > 0) await cache.put('RFM', new Map([[asOf, groups]]), rows[0]!.snapshot);
    return rfmSegments(groups);
  }

  /**
   * Each cohort's size and its members active per month. The cells of months three or more days
   * past (and the sizes of such cohorts) are kept (ReportCache); only the others are counted, from
   * the days they cover.
   */
  async cohortRetention(fromMonthInput: string, toMonthInput: string, monthsInput?: number | null): Promise<CohortRow[]> {
    const fromMonth = parseMonth(fromMonthInput, 'fromMonth');
    const toMonth = parseMonth(toMonthInput, 'toMonth');
    if (toMonth < fromMonth) throw MembersAnalyticsErrors.monthsReversed(fromMonthInput, toMonthInput);
    if (toMonth - fromMonth + 1 > MAX_COHORT_MONTHS)
      throw MembersAnalyticsErrors.tooManyMonths('fromMonth..toMonth', toMonth - fromMonth + 1, MAX_COHORT_MONTHS);
    const months = monthsInput ?? 12;
    if (!Number.isInteger(months) || months < 1 || months > MAX_COHORT_MONTHS)
      throw MembersAnalyticsErrors.tooManyMonths('months', months, MAX_COHORT_MONTHS);
    const today = this.today();
    const currentMonth = parseMonth(today.slice(0, 7), 'today');
    /** a month whose last day is past and three or more days back: its figures are kept */
    const keepsMonth = (month: number) => monthStart(month + 1) <= today && keepsDay(lastDayOf(month));
    const cohorts = Array.from({ length: toMonth - fromMonth + 1 }, (_, i) => fromMonth + i);
    const cells = cohorts.flatMap((cohort) =>
      Array.from({ length: months }, (_, offset) => cohort + offset)
        .filter((month) => month <= currentMonth)
        .map((month) => ({ cohort, month, key: `${monthText(cohort)}|${monthText(month)}` })),
    );
    const cache = new ReportCache(this.em);
    const size = await cache.get<number>('COHORT_SIZE', cohorts.filter(keepsMonth).map(monthText));
    const active = await cache.get<number>(
      'COHORT_ACTIVE',
      cells.filter((c) => keepsMonth(c.month)).map((c) => c.key),
    );

    const sizesToCount = cohorts.filter((cohort) => !size.has(monthText(cohort)));
    if (sizesToCount.length > 0) {
      const [first, last] = [sizesToCount[0]!, sizesToCount[sizesToCount.length - 1]!];
      const counted = await this.em.execute<{ cohort: string; members: number; snapshot: string }[]>(
        `select c.cohort, coalesce(m.members, 0) as members, ${ReportCache.SNAPSHOT_COLUMN}
         from unnest(?::text[]) as c(cohort)
         left join (select to_char(joined_day, 'YYYY-MM') as cohort, count(*)::int as members from ${T('ma_member')}
                    where joined_day >= ?::date and joined_day < ?::date group by 1) m on m.cohort = c.cohort`,
        [textArray(sizesToCount.map(monthText)), monthStart(first), monthStart(last + 1)],
      );
      for (const row of counted) size.set(row.cohort, row.members);
      const keptSizes = new Map(
        counted.filter((row) => keepsMonth(parseMonth(row.cohort, 'cohort'))).map((row) => [row.cohort, row.members]),
      );
      if (counted.length > 0) await cache.put('COHORT_SIZE', keptSizes, counted[0]!.snapshot);
    }

    const cellsToCount = cells.filter((c) => !active.has(c.key));
    if (cellsToCount.length > 0) {
      const cohortsOf = cellsToCount.map((c) => c.cohort);
      const monthsOf = cellsToCount.map((c) => c.month);
      const rows = await this.em.execute<{ key: string; members: number; snapshot: string }[]>(
        `select c.key, coalesce(a.members, 0) as members, ${ReportCache.SNAPSHOT_COLUMN}
         from unnest(?::text[]) as c(key)
         left join (
           select m.cohort || '|' || to_char(d.day, 'YYYY-MM') as key, count(distinct m.membership_id)::int as members
           from (select membership_id, customer_id, joined_day, to_char(joined_day, 'YYYY-MM') as cohort from ${T('ma_member')}
                 where joined_day >= ?::date and joined_day < ?::date) m
           join ${T('ma_customer_daily')} d on d.customer_id = m.customer_id and d.day >= m.joined_day
             and d.day >= ?::date and d.day < ?::date and d.consumptions > 0
           group by 1) a on a.key = c.key`,
        [
          textArray(cellsToCount.map((c) => c.key)),
          monthStart(Math.min(...cohortsOf)),
          monthStart(Math.max(...cohortsOf) + 1),
          monthStart(Math.min(...monthsOf)),
          monthStart(Math.max(...monthsOf) + 1),
        ],
      );
      for (const row of rows) active.set(row.key, row.members);
      const keptCells = new Map(cellsToCount.filter((c) => keepsMonth(c.month)).map((c) => [c.key, active.get(c.key) ?? 0]));
      if (rows.length > 0) await cache.put('COHORT_ACTIVE', keptCells, rows[0]!.snapshot);
    }

    return cohorts.map((cohort) => {
      const members = size.get(monthText(cohort)) ?? 0;
      return {
        cohort: monthText(cohort),
        members,
        months: cells
          .filter((c) => c.cohort === cohort)
          .map((c) => {
            const activeMembers = active.get(c.key) ?? 0;
            return { monthOffset: c.month - cohort, month: monthText(c.month), activeMembers, rate: round(ratio(activeMembers, members)) };
          }),
      };
    });
  }

  async tierDistribution(asOfInput?: string | null): Promise<TierDistribution> {
    const asOf = this.asOf(asOfInput);
    const rows = await this.em.execute<{ tier: string; members: number }[]>(
      `select tier, sum(delta)::int as members from ${T('ma_tier_daily')} where day <= ?::date group by tier having sum(delta) <> 0 order by members desc, tier`,
      [asOf],
    );
    const total = rows.reduce((s, r) => s + r.members, 0);
    return {
      asOf,
      totalMembers: total,
      tiers: rows.map((r) => ({ tier: r.tier, members: r.members, share: round(ratio(r.members, total)) })),
    };
  }

  async pointsLiability(asOfInput?: string | null): Promise<MemberPointsLiability> {
    const asOf = this.asOf(asOfInput);
    const kinds = await this.em.execute<{ kind: string; points: string }[]>(
      `select kind, sum(points)::text as points from ${T('ma_points_daily')} where day <= ?::date group by kind order by kind`,
      [asOf],
    );
    const [holders] = await this.em.execute<{ members: number }[]>(
      `select count(*)::int as members from ${T('ma_member_points')} where balance > 0`,
    );
    const outstanding = kinds.reduce((s, k) => s + BigInt(k.points), 0n);
    return {
      asOf,
      outstandingPoints: outstanding.toString(),
      valueFen: fen(outstanding * BigInt(this.config.pointValueFen)),
      valuePerPointFen: this.config.pointValueFen,
      membersWithPoints: holders!.members,
      byKind: kinds.map((k) => ({ kind: k.kind, points: k.points })),
    };
  }

  async giftCost(periodInput: { from: string; to: string }): Promise<GiftCost> {
    const { from, to } = parsePeriod(periodInput);
    const rows = await this.em.execute<
      { gift_id: string; name: string | null; redemptions: number; quantity: number; points: string; cost: string; uncosted: number }[]
    >(
      `select g.gift_id, n.name, sum(g.redemptions)::int as redemptions, sum(g.quantity)::int as quantity, sum(g.points)::text as points,
              sum(g.cost_fen)::text as cost, sum(g.uncosted_quantity)::int as uncosted
       from ${T('ma_gift_daily')} g left join ${T('ma_gift')} n on n.gift_id = g.gift_id
       where g.day between ?::date and ?::date group by g.gift_id, n.name having sum(g.quantity) <> 0`,
      [from, to],
    );
    const lines = rows
      .map((r) => ({
        giftId: r.gift_id,
        giftName: r.name ?? r.gift_id,
        redemptions: r.redemptions,
        quantity: r.quantity,
        points: r.points,
        costFen: fen(r.cost),
        uncostedQuantity: r.uncosted,
      }))
      .sort((a, b) => a.giftName.localeCompare(b.giftName, 'zh-CN') || (a.giftId < b.giftId ? -1 : 1));
    return {
      from,
      to,
      lines,
      totalQuantity: rows.reduce((s, r) => s + r.quantity, 0),
      totalPoints: rows.reduce((s, r) => s + BigInt(r.points), 0n).toString(),
      totalCostFen: fen(rows.reduce((s, r) => s + BigInt(r.cost), 0n)),
    };
  }

  /** Stats of several customers in two statements (Customer.stats is batched by a DataLoader). */
  async customerStats(customerIds: readonly string[]): Promise<Map<string, CustomerStats>> {
    const ids = [...new Set(customerIds.map((id) => id.toLowerCase()))];
    const out = new Map<string, CustomerStats>();
    if (ids.length === 0) return out;
    const rows = await this.em.execute<
      {
        customer_id: string;
        visits: number;
        first_visit: string | null;
        last_visit: string | null;
        deals: number;
        spend: string;
        member_spend: string;
        last_consumption: string | null;
        refunds: number;
        refunded: string;
        satisfaction_sum: number;
        satisfaction_count: number;
        activities: number;
        redemptions: number;
      }[]
    >(
      `select customer_id::text, sum(visits)::int as visits, (min(day) filter (where visits > 0))::text as first_visit,
              (max(day) filter (where visits > 0))::text as last_visit, sum(consumptions)::int as deals, sum(spend_fen)::text as spend,
              sum(member_spend_fen)::text as member_spend, (max(day) filter (where consumptions > 0))::text as last_consumption,
              sum(refunds)::int as refunds, sum(refunded_fen)::text as refunded, sum(satisfaction_sum)::int as satisfaction_sum,
              sum(satisfaction_count)::int as satisfaction_count, sum(activities_attended)::int as activities, sum(redemptions)::int as redemptions
       from ${T('ma_customer_daily')} where customer_id = any(?::uuid[]) group by customer_id`,
      [`{${ids.join(',')}}`],
    );
    const members = await this.em.execute<{ customer_id: string; balance: string | null; tier: string | null }[]>(
      `select c.customer_id::text,
              (select sum(p.balance) from ${T('ma_member_points')} p where p.customer_id = c.customer_id)::text as balance,
              (select m.tier from ${T('ma_member')} m where m.customer_id = c.customer_id and m.joined_day is not null and m.cancelled_day is null
                order by m.joined_at desc limit 1) as tier
       from unnest(?::uuid[]) as c(customer_id)`,
      [`{${ids.join(',')}}`],
    );
    const byCustomer = new Map(rows.map((r) => [r.customer_id, r]));
    for (const m of members) {
      const r = byCustomer.get(m.customer_id);
      out.set(m.customer_id, {
        visits: r?.visits ?? 0,
        firstVisit: r?.first_visit ?? null,
        lastVisit: r?.last_visit ?? null,
        deals: r?.deals ?? 0,
        spendFen: fen(r?.spend ?? 0),
        memberSpendFen: fen(r?.member_spend ?? 0),
        lastConsumption: r?.last_consumption ?? null,
        refunds: r?.refunds ?? 0,
        refundedFen: fen(r?.refunded ?? 0),
        pointsBalance: Number(m.balance ?? 0),
        tier: m.tier,
        activitiesAttended: r?.activities ?? 0,
        giftRedemptions: r?.redemptions ?? 0,
        satisfaction: r && r.satisfaction_count > 0 ? round(r.satisfaction_sum / r.satisfaction_count, 2) : null,
      });
    }
    return out;
  }

  /** Key accounts the customers belong to now (for the partner row rule). */
  async keyAccountsOf(customerIds: readonly string[]): Promise<Map<string, string | null>> {
    const ids = [...new Set(customerIds.map((id) => id.toLowerCase()))];
    const rows = ids.length
      ? await this.em.execute<{ customer_id: string; key_account_id: string | null }[]>(
          `select customer_id::text, key_account_id::text from ${T('ma_customer')} where customer_id = any(?::uuid[])`,
          [`{${ids.join(',')}}`],
        )
      : [];
    return new Map(rows.map((r) => [r.customer_id, r.key_account_id]));
  }

  /**
   * 大客户报告 of many key accounts over one period in three statements, whatever their number (a
   * page of key accounts with their reports asks for all of them in one `_entities` call).
   */
  async keyAccountReports(
    keyAccountIds: readonly string[],
    periodInput: { from: string; to: string },
  ): Promise<Map<string, KeyAccountReport>> {
    const { from, to } = parsePeriod(periodInput);
    const accounts = [...new Set(keyAccountIds.map((id) => id.toLowerCase()))];
    const ids = `{${accounts.join(',')}}`;
    // the people of each account now, as the report has always read them
    const people = `select customer_id, key_account_id from ${T('ma_customer')} where key_account_id = any(?::uuid[])`;
    const rows = await this.em.execute<
      {
        account: string;
        people: number;
        members: number;
        visits: number | null;
        visitors: number | null;
        deals: number | null;
        spend: string | null;
        refunds: number | null;
        refunded: string | null;
        s_sum: number | null;
        s_count: number | null;
        s_high: number | null;
      }[]
    >(
      `with account as (select unnest(?::uuid[]) as key_account_id),
            person as (${people}),
            headcount as (select key_account_id, count(*)::int as people from person group by key_account_id),
            membership as (
              select p.key_account_id, count(*)::int as members from ${T('ma_member')} m join person p on p.customer_id = m.customer_id
               where m.joined_day is not null and m.cancelled_day is null group by p.key_account_id),
            daily as (
              select p.key_account_id, sum(d.visits)::int as visits, (count(distinct d.customer_id) filter (where d.visits > 0))::int as visitors,
                     sum(d.consumptions)::int as deals, sum(d.spend_fen)::text as spend, sum(d.refunds)::int as refunds,
                     sum(d.refunded_fen)::text as refunded, sum(d.satisfaction_sum)::int as s_sum,
                     sum(d.satisfaction_count)::int as s_count, sum(d.satisfied_count)::int as s_high
                from ${T('ma_customer_daily')} d join person p on p.customer_id = d.customer_id
               where d.day between ?::date and ?::date group by p.key_account_id)
       select a.key_account_id::text as account, coalesce(h.people, 0) as people, coalesce(m.members, 0) as members,
              d.visits, d.visitors, d.deals, d.spend, d.refunds, d.refunded, d.s_sum, d.s_count, d.s_high
         from account a left join headcount h on h.key_account_id = a.key_account_id
         left join membership m on m.key_account_id = a.key_account_id left join daily d on d.key_account_id = a.key_account_id`,
      [ids, ids, from, to],
    );
    const diseases = await this.em.execute<{ account: string; key: string; count: number }[]>(
      `select p.key_account_id::text as account, x.disease_type as key, sum(x.consultations)::int as count
         from ${T('ma_customer_disease_daily')} x join (${people}) p on p.customer_id = x.customer_id
        where x.day between ?::date and ?::date group by p.key_account_id, x.disease_type having sum(x.consultations) > 0
        order by count desc, key`,
      [ids, from, to],
    );
    const projects = await this.em.execute<{ account: string; key: string; count: number; spend: string }[]>(
      `select p.key_account_id::text as account, x.department_code as key, sum(x.consumptions)::int as count, sum(x.spend_fen)::text as spend
         from ${T('ma_customer_department_daily')} x join (${people}) p on p.customer_id = x.customer_id
        where x.day between ?::date and ?::date group by p.key_account_id, x.department_code having sum(x.consumptions) <> 0
        order by sum(x.spend_fen) desc, key`,
      [ids, from, to],
    );
    const reports = new Map<string, KeyAccountReport>();
    for (const r of rows) {
      const spend = BigInt(r.spend ?? '0');
      const accountDiseases = diseases.filter((d) => d.account === r.account);
      const accountProjects = projects.filter((p) => p.account === r.account);
      const consultations = accountDiseases.reduce((s, d) => s + d.count, 0);
      const totalProjectSpend = accountProjects.reduce((s, p) => s + Number(p.spend), 0);
      reports.set(r.account, {
        from,
        to,
        people: r.people,
        members: r.members,
        visits: r.visits ?? 0,
        visitors: r.visitors ?? 0,
        visitFrequency: round(ratio(r.visits ?? 0, r.people), 2),
        deals: r.deals ?? 0,
        spendFen: fen(spend),
        spendPerPersonFen: r.people ? fen(spend / BigInt(r.people)) : null,
        refunds: r.refunds ?? 0,
        refundedFen: fen(r.refunded ?? '0'),
        satisfaction: r.s_count ? round((r.s_sum ?? 0) / r.s_count, 2) : null,
        satisfiedShare: r.s_count ? round((r.s_high ?? 0) / r.s_count) : null,
        satisfactionResponses: r.s_count ?? 0,
        diseases: accountDiseases.map((d): DistributionRow => ({
          key: d.key,
          count: d.count,
          spendFen: null,
          share: round(ratio(d.count, consultations)),
        })),
        projects: accountProjects.map((p): DistributionRow => ({
          key: p.key,
          count: p.count,
          spendFen: fen(p.spend),
          share: round(ratio(Number(p.spend), totalProjectSpend)),
        })),
      });
    }
    return reports;
  }

  /**
   * Rollup rows of the staff dimension a KPI asks for: every staff member (null), one staff member,
   * or the staff of one department (identity's department id, through analytics' staff_dim).
   */
  private static staffFilter(scope: MemberKpiScope): { sql: string; params: string[] } {
    if (scope.staffId) return { sql: `and d.staff_key = ?`, params: [scope.staffId.toLowerCase()] };
    if (scope.departmentId)
      return {
        sql: `and d.staff_key in (select staff_id::text from ${T('staff_dim')} where department_id = ?)`,
        params: [scope.departmentId],
      };
    return { sql: '', params: [] };
  }

  /** 会员消费额: member spend (fen) and member receipts in the period (refunded receipts excluded), from the daily rollups. */
  async memberSpend(from: string, to: string, scope: MemberKpiScope = {}): Promise<{ spendFen: number; receipts: number }> {
    const filter = MembersAnalyticsService.staffFilter(scope);
    const table = filter.sql ? T('ma_member_credit_daily') : T('ma_customer_daily');
    const [row] = await this.em.execute<{ spend: string | null; receipts: number | null }[]>(
      `select sum(d.member_spend_fen)::text as spend, sum(d.member_consumptions)::int as receipts from ${table} d
       where d.day between ?::date and ?::date and ${MEMBER_ACTIVITY} ${filter.sql}`,
      [from, to, ...filter.params],
    );
    return { spendFen: Number(row?.spend ?? 0), receipts: row?.receipts ?? 0 };
  }

  /**
   * 会员再次开发率: members on `to` who consumed as members in the period (credited to the scope's
   * staff, when one is given) / all members on `to`.
   */
  async memberRedevelopment(from: string, to: string, scope: MemberKpiScope = {}): Promise<{ consumed: number; members: number }> {
    const filter = MembersAnalyticsService.staffFilter(scope);
    const table = filter.sql ? T('ma_member_credit_daily') : T('ma_customer_daily');
    const counts = redevelopmentCounts(table, '?::date', '?::date', filter.sql);
    const [row] = await this.em.execute<{ counts: [number, number] }[]>(`select ${counts.both} as counts`, [
      to,
      from,
      to,
      ...filter.params,
      to,
      to,
      to,
    ]);
    const [members, consumed] = row!.counts;
    return { consumed, members };
  }
}

/** Whose figures a member KPI counts: the hospital (neither), a department, or one staff member. */
export interface MemberKpiScope {
  departmentId?: string | null;
  staffId?: string | null;
}

/** One group of the RFM statement: members with the same three scores (all null: no consumption in the window). */
interface RfmGroup {
  r: number | null;
  f: number | null;
  m: number | null;
  members: number;
  spend: string;
  recency: string | null;
  frequency: string | null;
}

/** The segments, in their fixed order, from the statement's groups. */
function rfmSegments(rows: readonly RfmGroup[]): RfmSegment[] {
  const total = rows.reduce((s, r) => s + r.members, 0);
  const bySegment = new Map<string, { members: number; spend: bigint; recency: number; frequency: number }>();
  for (const row of rows) {
    const code = row.r === null ? 'NO_CONSUMPTION' : segmentOf(row.r, row.f!, row.m!);
    const acc = bySegment.get(code) ?? { members: 0, spend: 0n, recency: 0, frequency: 0 };
    acc.members += row.members;
    acc.spend += BigInt(row.spend ?? '0');
    acc.recency += Number(row.recency ?? 0) * row.members;
    acc.frequency += Number(row.frequency ?? 0) * row.members;
    bySegment.set(code, acc);
  }
  return RFM_SEGMENTS.map((s) => {
    const acc = bySegment.get(s.code) ?? { members: 0, spend: 0n, recency: 0, frequency: 0 };
    const scored = s.code !== 'NO_CONSUMPTION' && acc.members > 0;
    return {
      segment: s.code,
      labelZh: s.zh,
      labelEn: s.en,
      recentHigh: s.r,
      frequencyHigh: s.f,
      monetaryHigh: s.m,
      members: acc.members,
      share: round(ratio(acc.members, total)),
      spendFen: fen(acc.spend),
      averageRecencyDays: scored ? round(acc.recency / acc.members, 2) : null,
      averageFrequency: scored ? round(acc.frequency / acc.members, 2) : null,
      averageSpendFen: scored ? fen(acc.spend / BigInt(acc.members)) : null,
    };
  });
}

/** the last day of month `index` (YYYY-MM-DD) */
function lastDayOf(index: number): string {
  const next = new Date(`${monthStart(index + 1)}T00:00:00Z`);
  next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}
