import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Caller } from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { crmService } from '../src/service.js';
import { Customer } from '../src/modules/customer/customer.entity.js';
import { setName } from '../src/modules/customer/customer.service.js';
import { normalisePhone } from '../src/common/phone.js';
import { customerFilterQuery } from '../src/modules/customer/customer.filter.js';
import type { CustomerFilter } from '../src/modules/customer/dto/customer-filter.input.js';
import { statements } from './support.js';

// Customer search matches fragments (like '%…%'); at 100,000 customers each search scanned the table
// twice (test/bench/reports/crm-customers.md). Each search here must send its two statements (the page
// and the count) and the count must be able to use the index made for it. Plans, not times.
const LIST = `query ($search: String, $filter: CustomerFilter) { customers(search: $search, filter: $filter, first: 20) { totalCount nodes { id name } } }`;
const SURNAMES = '王李张刘陈杨黄赵吴周';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞';
const ROWS = 20_000;
const cs = testCallers.csAdmin as Caller;
const PREFIXES = ['138', '159', '186', '177', '199', '135', '150', '189'];
/** spread like real mobile numbers (trigrams of numbers that share most digits would match everyone) */
const phoneOf = (i: number) => PREFIXES[i % PREFIXES.length]! + String((i * 7919 * 104729) % 1e8).padStart(8, '0');
const DIGITS = phoneOf(1).slice(3, 10);
const TAIL = phoneOf(2).slice(-4);

describe('customer search: two statements, each search condition served by an index', () => {
  let db: TestDatabase;
  let crm: TestService;

  beforeAll(async () => {
    db = await createTestDatabase();
    crm = await startTestService(crmService, db.url);
    // names and phones as the write path stores them (setName → pinyin keys, normalisePhone)
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const customer = new Customer();
      setName(customer, SURNAMES[i % 10]! + GIVEN[Math.floor(i / 10) % 20]! + (i % 3 ? GIVEN[Math.floor(i / 200) % 20]! : ''));
      return {
        id: newId(),
        name: customer.name,
        name_pinyin: customer.namePinyin,
        name_initials: customer.nameInitials,
        phone: normalisePhone(phoneOf(i))!,
        tags: [i % 4 ? '复诊' : '种植牙'],
      };
    });
    rows.push({ id: newId(), name: 'Tom-Lee', name_pinyin: 'tomlee', name_initials: 'tl', phone: '13900000001', tags: [] });
    await crm.orm.em.getConnection().execute(
      `insert into "crm"."customer" (id, name, name_pinyin, name_initials, phone, tags, channel, created_at)
       select id, name, name_pinyin, name_initials, phone, tags, 'PHONE', now()
       from jsonb_to_recordset(?::jsonb) as t(id uuid, name text, name_pinyin text, name_initials text, phone text, tags text[])`,
      [JSON.stringify(rows)],
    );
    // only the table's owner may analyze it (the service's runtime role may not)
    await db.asAdmin(`analyze "crm"."customer"`);
  }, 60_000);
  afterAll(async () => {
    await crm?.stop();
    await db?.drop();
  });

  /** the count statement CustomerService.list sends, with its parameters, built from the same conditions */
  const countStatement = (filter: CustomerFilter) => {
    const qb = crm.orm.em
      .fork()
      .createQueryBuilder(Customer)
      .count()
      .where({ $and: customerFilterQuery(filter, cs) } as never);
    return { placeholders: qb.getQuery(), formatted: qb.getFormattedQuery() };
  };
  /** the plan PostgreSQL would choose were a sequential scan not allowed: can the index serve the condition? */
  const planOf = (sql: string) =>
    crm.orm.em.fork().transactional(async (em) => {
      const run = (query: string) => em.getConnection().execute(query, [], 'all', em.getTransactionContext());
      await run(`set local enable_seqscan = off`);
      return JSON.stringify(await run(`explain ${sql}`));
    });
  /** the statements on crm.customer since the last reset, without the logger's timing */
  const customerStatements = () =>
    statements(crm.queries)
      .filter((sql) => sql.includes('from "crm"."customer"'))
      .map((sql) => sql.replace(/\s*\[took .*$/, ''));
  const countInSql = async (where: string, params: unknown[]) =>
    (
      await crm.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from "crm"."customer" where ${where}`, params)
    )[0]!.n;

  const cases: { name: string; filter: CustomerFilter; indexes: string[]; where: [string, unknown[]] }[] = [
    { name: 'a name of 3 汉字', filter: { search: '王芳伟' }, indexes: ['customer_name_trgm_idx'], where: [`name like ?`, ['%王芳伟%']] },
    {
      name: 'full pinyin',
      filter: { search: 'wangfang' },
      indexes: ['customer_name_pinyin_trgm_idx', 'customer_name_initials_pattern_idx', 'customer_name_trgm_idx'],
      where: [`name_pinyin like ? or name_initials like ? or name ilike ?`, ['%wangfang%', 'wangfang%', '%wangfang%']],
    },
    { name: 'phone digits', filter: { search: DIGITS }, indexes: ['customer_phone_trgm_idx'], where: [`phone like ?`, [`%${DIGITS}%`]] },
    {
      name: 'the last 4 digits of the phone',
      filter: { phoneTail: TAIL },
      indexes: ['customer_phone_trgm_idx'],
      where: [`phone like ?`, [`%${TAIL}`]],
    },
    { name: 'a tag', filter: { tag: '种植牙' }, indexes: ['customer_tags_idx'], where: [`tags @> array['种植牙']`, []] },
  ];

  for (const c of cases) {
    it(`${c.name}: the page and the count, the count served by ${c.indexes.join(' + ')}`, async () => {
      crm.resetQueries();
      const { data, errors } = await crm.request(LIST, { filter: c.filter }, undefined, cs);
      const sent = customerStatements();
      expect(errors).toBeUndefined();
      expect(data.customers.totalCount).toBe(await countInSql(...c.where));
      expect(data.customers.totalCount).toBeGreaterThan(0);
      expect(sent).toHaveLength(2);
      const count = countStatement(c.filter);
      expect(sent).toContain(count.placeholders);
      const plan = await planOf(count.formatted);
      for (const index of c.indexes) expect(plan).toContain(index);
    });
  }

  it('matches a 汉字 fragment with LIKE and a cased term with ILIKE, finding the same people either way', async () => {
    crm.resetQueries();
    const chinese = await crm.request(LIST, { search: '王伟' }, undefined, cs);
    const sentChinese = customerStatements();
    expect(chinese.data.customers.totalCount).toBe(await countInSql(`name ilike ?`, ['%王伟%']));
    expect(sentChinese).toHaveLength(2);
    expect(sentChinese.every((sql) => /"name" like \?/.test(sql))).toBe(true);

    crm.resetQueries();
    const cased = await crm.request(LIST, { search: 'TOM-' }, undefined, cs);
    expect(cased.data.customers.nodes.map((n: { name: string }) => n.name)).toEqual(['Tom-Lee']);
    const sentCased = customerStatements();
    expect(sentCased).toHaveLength(2);
    expect(sentCased.every((sql) => /"name" ilike \?/.test(sql))).toBe(true);
  });
});
