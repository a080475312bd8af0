import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, Events, pageSize, type BirthdayGreetingDueData, type Page } from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { isUuid, pgArray, sql } from '../../common/sql.js';
import type { ChangeScope } from '../membership/membership-lifecycle.service.js';
import { hospitalDate } from '../../common/calendar.js';
import { celebratedIn, daysBetween } from './birthday.rules.js';
import type { BirthdayGreetingRun, UpcomingBirthday } from './dto/birthday.types.js';

export const BIRTHDAY_GREETINGS_JOB = 'members.birthday-greetings';
const DAYS_MAX = 366;
const CURSOR = /^(\d{4}-\d{2}-\d{2})_(.+)$/;

interface Row {
  id: string;
  customer_id: string;
  tier: string;
  day: string;
}

const WINDOW_JOIN = `unnest(?::date[], ?::int[], ?::int[]) as w(day, month, dom)
  join "members"."known_customer" kc on extract(month from kc.birth_date) = w.month and extract(day from kc.birth_date) = w.dom
  join "members"."membership" m on m.customer_id = kc.customer_id`;

/** The window as three parallel arrays (day, birth month, birth day), built by birthday.rules.ts. */
function windowParams(today: string, days: number): unknown[] {
  const window = celebratedIn(today, days);
  return [pgArray(window.map((w) => w.day)), pgArray(window.map((w) => w.month)), pgArray(window.map((w) => w.dayOfMonth))];
}

/**
 * Members (not cancelled) whose birthday is celebrated on one of `days` days from `today`, in day
 * order then by membership id. The window is computed in TypeScript, so Feb 29 births land on
 * Feb 28 of common years without date arithmetic in SQL.
 */
function celebrating(
  em: EntityManager,
  today: string,
  days: number,
  page?: { after?: { day: string; id: string }; limit: number },
): Promise<Row[]> {
  const params = windowParams(today, days);
  let paging = '';
  if (page?.after) {
    paging = 'and (w.day, m.id) > (?::date, ?::uuid)';
    params.push(page.after.day, page.after.id);
  }
  let limit = '';
  if (page) {
    limit = 'limit ?';
    params.push(page.limit);
  }
  return sql<Row>(
    em,
    `select m.id, m.customer_id, m.tier, to_char(w.day, 'YYYY-MM-DD') as day from ${WINDOW_JOIN}
      where m.status <> 'CANCELLED' ${paging} order by w.day, m.id ${limit}`,
    params,
  );
}

export class BirthdayService {
  constructor(private readonly ctx: MembersContext) {}

  /** 生日管理: members whose birthday falls on today or one of the next `days − 1` days (hospital time). */
  async upcoming(
    days: number,
    first: number | undefined,
    after: string | null | undefined,
    now = new Date(),
  ): Promise<Page<UpcomingBirthday>> {
    if (!Number.isInteger(days) || days < 1 || days > DAYS_MAX) throw badInput(`days must be 1 to ${DAYS_MAX}`, 'days');
    const size = pageSize(first);
    let cursor: { day: string; id: string } | undefined;
    if (after) {
      const match = CURSOR.exec(after);
      if (!match || !isUuid(match[2]!)) throw badInput('after is not a cursor from this list', 'after');
      cursor = { day: match[1]!, id: match[2]!.toLowerCase() };
    }
    const today = hospitalDate(now);
    const [rows, all] = await Promise.all([
      celebrating(this.ctx.em, today, days, { after: cursor, limit: size + 1 }),
      sql<{ count: number }>(
        this.ctx.em,
        `select count(*)::int as count from ${WINDOW_JOIN} where m.status <> 'CANCELLED'`,
        windowParams(today, days),
      ),
    ]);
    const pageRows = rows.slice(0, size);
    const memberships = await Promise.all(pageRows.map((r) => this.ctx.loaders.membershipById.load(r.id)));
    const nodes = pageRows.map((r, i) => ({
      id: r.id,
      customerId: r.customer_id,
      membership: memberships[i]!,
      birthday: r.day,
      daysUntil: daysBetween(today, r.day),
    }));
    const last = pageRows.at(-1);
    return {
      nodes,
      totalCount: all[0]!.count,
      pageInfo: { hasNextPage: rows.length > size, endCursor: last ? `${last.day}_${last.id}` : null },
    };
  }

  sendGreetings(asOf: Date | null | undefined): Promise<BirthdayGreetingRun> {
    return sendBirthdayGreetings(this.ctx.em, this.ctx, asOf ?? new Date(), 'mutation sendBirthdayGreetings');
  }
}

/**
 * The daily greeting run: every member whose birthday is today (hospital time) gets one
 * BirthdayGreetingDue — crm's messages send the greeting, the points ledger may add the birthday
 * bonus. The (membership, year) key is inserted first in the same transaction, so a second run,
 * a retry or two schedulers at once publish nothing more.
 */
export async function sendBirthdayGreetings(
  rootEm: EntityManager,
  scope: ChangeScope,
  asOf: Date,
  operation = `job ${BIRTHDAY_GREETINGS_JOB}`,
): Promise<BirthdayGreetingRun> {
  const today = hospitalDate(asOf);
  const year = Number(today.slice(0, 4));
  return rootEm.fork().transactional(async (em) => {
    const due = await celebrating(em, today, 1);
    const published: Row[] = [];
    for (const row of due) {
      const claimed = await sql(
        em,
        `insert into "members"."birthday_greeting" (membership_id, year, birthday, published_at) values (?, ?, ?::date, now())
         on conflict do nothing returning membership_id`,
        [row.id, year, row.day],
      );
      if (claimed.length === 0) continue;
      await scope.bus.publish<BirthdayGreetingDueData>(em, Events.BirthdayGreetingDue, {
        membershipId: row.id,
        customerId: row.customer_id,
        birthday: row.day,
        tier: row.tier,
      });
      published.push(row);
    }
    if (published.length) {
      await scope.audit.change(em, {
        operation,
        targetType: 'Membership',
        targetIds: published.map((r) => r.id),
        fields: ['birthdayGreeting'],
        customerIds: published.map((r) => r.customer_id),
      });
    }
    return { day: today, due: due.length, published: published.length };
  });
}
