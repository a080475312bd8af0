import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { badInput, type EventBus } from '@careline/service-kit';
import { addDays, hospitalDay, hospitalTimeZone, isDay, mondayOf, startOfHospitalDay } from '../../common/hospital-time.js';
import { OpinionReportRecord } from './complaint.entity.js';
import type { OpinionReport } from './dto/opinion-report.type.js';

/** The opinion report of the hospital week containing `weekOf` (any day of it, YYYY-MM-DD). */
export async function buildOpinionReport(em: EntityManager, weekOf: string): Promise<OpinionReport> {
  if (!isDay(weekOf)) throw badInput('weekOf must be YYYY-MM-DD', 'weekOf');
  const monday = mondayOf(weekOf);
  const from = startOfHospitalDay(monday);
  const to = startOfHospitalDay(addDays(monday, 7));
  const conn = em.getConnection();
  const group = async (column: string) =>
    (
      await conn.execute<{ key: string; count: number }[]>(
        `select coalesce(${column}, 'NONE') as key, count(*)::int as count from "crm"."complaint"
          where received_at >= ? and received_at < ? group by 1 order by 2 desc, 1`,
        [from, to],
      )
    ).map((r) => ({ key: r.key, count: r.count }));
  const [totals] = await conn.execute<
    { total: number; complaints: number; suggestions: number; emergencies: number; overdue: number; overdueInWeek: number }[]
  >(
    `select count(*) filter (where received_at >= ? and received_at < ?)::int as total,
            count(*) filter (where received_at >= ? and received_at < ? and kind = 'COMPLAINT')::int as complaints,
            count(*) filter (where received_at >= ? and received_at < ? and kind = 'SUGGESTION')::int as suggestions,
            count(*) filter (where received_at >= ? and received_at < ? and emergency)::int as emergencies,
            count(*) filter (where received_at >= ? and received_at < ? and first_overdue_at is not null)::int as "overdue",
            count(*) filter (where first_overdue_at >= ? and first_overdue_at < ?)::int as "overdueInWeek"
       from "crm"."complaint" where (received_at >= ? and received_at < ?) or (first_overdue_at >= ? and first_overdue_at < ?)`,
    [from, to, from, to, from, to, from, to, from, to, from, to, from, to, from, to],
  );
  return {
    weekOf: monday,
    from,
    to,
    ...totals!,
    byCategory: await group('category'),
    bySeverity: await group('severity'),
    byDepartment: await group('department_code'),
    byStatus: await group('status'),
  };
}

/** Builds and stores (or replaces) the report of the week containing `weekOf`. */
export async function storeWeeklyOpinionReport(em: EntityManager, weekOf: string): Promise<OpinionReport> {
  const report = await buildOpinionReport(em, weekOf);
  await em.getConnection().execute(
    `insert into "crm"."opinion_report" (week_of, report, created_at) values (?, ?::jsonb, now())
      on conflict (week_of) do update set report = excluded.report, created_at = now()`,
    [report.weekOf, JSON.stringify(report)],
  );
  return report;
}

export async function storedOpinionReport(em: EntityManager, weekOf: string): Promise<OpinionReportRecord | null> {
  return em.findOne(OpinionReportRecord, { weekOf: mondayOf(weekOf) });
}

export const WEEKLY_OPINION_REPORT = 'crm.weekly-opinion-report';

/** Mondays 08:00 hospital time: the report of the week that just ended is stored. */
export async function scheduleOpinionReport({ bus, orm }: { bus: EventBus; orm: MikroORM }): Promise<void> {
  await bus.jobs.createQueue(WEEKLY_OPINION_REPORT);
  await bus.jobs.schedule(WEEKLY_OPINION_REPORT, '0 8 * * 1', null, { tz: hospitalTimeZone() });
  await bus.jobs.work(WEEKLY_OPINION_REPORT, async () => {
    await storeWeeklyOpinionReport(orm.em.fork(), addDays(hospitalDay(new Date()), -7));
  });
}
