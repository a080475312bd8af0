import { afterAll, beforeAll, describe, it } from 'vitest';
import pg from 'pg';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { createLogger, newId, parseCursor, type Caller } from '@careline/service-kit';
import { testCallers, testSigningKeys } from '@careline/service-kit/testing';
import { startGateway, SUPERGRAPH_FILE, type RunningGateway } from '@careline/gateway';
import { Customer } from '../../services/crm/src/modules/customer/customer.entity.js';
import { setName } from '../../services/crm/src/modules/customer/customer.service.js';
import { normalisePhone } from '../../services/crm/src/common/phone.js';
import { customerFilterQuery } from '../../services/crm/src/modules/customer/customer.filter.js';
import { demoCustomers } from '../../scripts/lib/demo-data.mjs';
import { prng } from '../../scripts/lib/demo-random.mjs';
import { startSystem, type RunningSystem } from '../support/system.js';
import { benchEnv } from '../support/env.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// crm's customer records at hospital scale, over HTTP through the gateway (GitHub issue 4):
// (1) the import rate of startCustomerImport (the real path: upload through the gateway, the crm job
//     queue, chunked upsert by phone, events and audit) for files where 10 % of the phones are known;
// (2) the customer search latency at BENCH_CUSTOMERS customers for each way staff look someone up.
// Customers beyond the imported ones are loaded with one multi-row insert per 5,000 rows straight into
// crm.customer, their name keys and phones computed by crm's own write-path helpers (setName →
// pinyinKeys, normalisePhone), so search sees exactly what the write path would have stored.
// Measurements only: nothing asserts a time; every answer is checked against the database.
//
//   BENCH_CUSTOMERS      customers in crm.customer before the searches are timed (default 100,000)
//   BENCH_IMPORT_ROWS    comma-separated file sizes to import (default 10000,50000)
//   BENCH_RUNS           timed runs per search (default 30, after 3 warm-up runs)

const CUSTOMERS = benchEnv().customers;
const IMPORT_SIZES = benchEnv().importRows;
const RUNS = benchEnv().runs;
const WARMUP = 3;
const KNOWN_SHARE = 0.1;
const SEED = 20261204;
const LOAD_BATCH = 5_000;
/** what a deployment sets BODY_LIMIT to so that crm's largest accepted file (5 MB, base64 ≈ 6.7 MB) passes the gateway */
const IMPORT_BODY_LIMIT = '8mb';

const START = `mutation ($input: StartCustomerImportInput!) { startCustomerImport(input: $input) { id status } }`;
const POLL = `query ($id: ID!) { customerImport(id: $id) { id status dryRun total processed created updated unchanged failure } }`;
const SEARCH = `query ($search: String, $filter: CustomerFilter, $first: Int, $after: String) {
  customers(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id name phone channel customerClass stage tags }
  }
}`;

const TAGS = ['种植牙', '正畸', '美白', '洁牙', '儿童齿科', '玻尿酸', '光子嫩肤', '热玛吉', '价格敏感', '高意向', '复诊', '投诉过'];
const CLASSES = ['A', 'B', 'C', null] as const;
const STAGES: [string, number][] = [
  ['POTENTIAL', 60],
  ['ACTUAL', 30],
  ['LOYAL', 10],
];
const CONSULTANTS = Array.from({ length: 24 }, () => newId());

interface Person {
  name: string;
  phone: string;
  channel: string;
  region: string;
  gender: string;
  registeredAt: string;
  keyAccountId: string | null;
}
interface Row {
  name: string;
  matches: number;
  /** without the search indexes of Migration20261204175545, then with them */
  before: number[];
  after: number[];
}
/** the indexes Migration20261204175545 made for customer search, and the btrees it replaced */
const SEARCH_INDEXES = [
  'customer_name_trgm_idx',
  'customer_phone_trgm_idx',
  'customer_name_pinyin_trgm_idx',
  'customer_name_initials_pattern_idx',
  'customer_tags_idx',
];
const REPLACED_INDEXES = [
  `create index "customer_name_initials_idx" on "crm"."customer" ("name_initials")`,
  `create index "customer_name_pinyin_idx" on "crm"."customer" ("name_pinyin")`,
];

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
const sortedOf = (list: number[]) => [...list].sort((a, b) => a - b);
const ms = (x: number) => x.toFixed(1);

const COMMAND =
  'DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx vitest run --config test/vitest.bench.config.ts test/bench/crm-customers.bench.ts';

/** test/bench/reports/crm-customers.{md,json}: report.ts's layout, with the import rates and median / p95 the issue asks for. */
function writeCrmReport(
  imports: { rows: number; known: number; dryRun: boolean; seconds: number; rate: number }[],
  rows: Row[],
  importNotes: string[],
  notes: string[],
) {
  const dir = fileURLToPath(new URL('./reports/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const figures = (list: number[]) => {
    const sorted = sortedOf(list);
    return { medianMs: +ms(quantile(sorted, 0.5)), p95Ms: +ms(quantile(sorted, 0.95)), maxMs: +ms(sorted.at(-1)!), samples: sorted.length };
  };
  const searches = rows.map((row) => ({ task: row.name, matches: row.matches, without: figures(row.before), with: figures(row.after) }));
  const at = new Date().toISOString();
  writeFileSync(
    `${dir}crm-customers.json`,
    JSON.stringify({ name: 'crm-customers', at, command: COMMAND, imports, searches, notes: [...importNotes, ...notes] }, null, 2),
  );
  const md = [
    '# crm-customers',
    '',
    `Measured ${at} on this machine (2 cores, PostgreSQL ${pgVersion}, services and gateway in the bench's process) by`,
    '',
    '```bash',
    COMMAND,
    '```',
    '',
    '## Import (startCustomerImport through the gateway, upsert by phone)',
    '',
    '| file | known phones | mode | seconds (upload → DONE) | rows/s |',
    '| ---: | ---: | --- | ---: | ---: |',
    ...imports.map(
      (r) =>
        `| ${r.rows.toLocaleString('en')} rows | ${r.known.toLocaleString('en')} | ${r.dryRun ? 'dry run' : 'import'} | ${r.seconds.toFixed(1)} | ${Math.round(r.rate).toLocaleString('en')} |`,
    ),
    '',
    ...importNotes.map((n) => `- ${n}`),
    '',
    `## Search (customers through the gateway, ${RUNS} runs each, ms)`,
    '',
    "Each search timed on the same table twice: first without the search indexes of crm's Migration20261204175545 (the",
    'btrees it replaced put back), then with them. The 汉字 searches match with LIKE in both columns (the query change of',
    'the same commit).',
    '',
    '| search | matches (median) | median without | p95 without | **median with** | **p95 with** | max with |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...searches.map(
      (r) =>
        `| ${r.task} | ${r.matches.toLocaleString('en')} | ${r.without.medianMs} | ${r.without.p95Ms} | **${r.with.medianMs}** | **${r.with.p95Ms}** | ${r.with.maxMs} |`,
    ),
    '',
    ...notes.map((n) => (n.startsWith('  ') ? `  - ${n.trim()}` : `- ${n}`)),
    '',
  ].join('\n');
  writeFileSync(`${dir}crm-customers.md`, md);
  console.log(md);
}
let pgVersion = '';

const rand = prng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const weighted = (table: [string, number][]) => {
  let r = rand() * table.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[0]![0];
};

/** crm.customer rows as crm's write path computes them (name trimmed with its pinyin keys, phone normalised). */
async function bulkInsert(client: pg.Client, people: Person[], spreadDays = 730): Promise<void> {
  for (let start = 0; start < people.length; start += LOAD_BATCH) {
    const cols: Record<string, unknown[]> = {
      id: [],
      name: [],
      name_pinyin: [],
      name_initials: [],
      phone: [],
      gender: [],
      channel: [],
      region: [],
      key_account_id: [],
      consultant_id: [],
      tags: [],
      marketing_consent: [],
      stage: [],
      deal_count: [],
      customer_class: [],
      created_at: [],
    };
    for (const person of people.slice(start, start + LOAD_BATCH)) {
      const customer = new Customer();
      setName(customer, person.name);
      const phone = normalisePhone(person.phone);
      if (!phone) throw new Error(`generated phone ${person.phone} is not valid`);
      const stage = weighted(STAGES);
      const tagCount = Math.floor(rand() * rand() * 4);
      const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
      const values: Record<string, unknown> = {
        id: newId(),
        name: customer.name,
        name_pinyin: customer.namePinyin,
        name_initials: customer.nameInitials,
        phone,
        gender: person.gender,
        channel: person.channel,
        region: person.region,
        key_account_id: person.keyAccountId,
        consultant_id: rand() < 0.7 ? pick(CONSULTANTS) : null,
        // text[] travels as its literal: node-postgres cannot bind an array of arrays of different lengths
        tags: `{${tags.join(',')}}`,
        marketing_consent: rand() < 0.4,
        stage,
        deal_count: stage === 'POTENTIAL' ? 0 : stage === 'ACTUAL' ? 1 + Math.floor(rand() * 2) : 3 + Math.floor(rand() * 5),
        customer_class: pick(CLASSES),
        created_at: new Date(Date.now() - Math.floor(rand() * spreadDays * 86_400_000)),
      };
      for (const key of Object.keys(cols)) cols[key]!.push(values[key]);
    }
    await client.query(
      `insert into "crm"."customer" (id, name, name_pinyin, name_initials, phone, gender, channel, region, key_account_id, consultant_id, tags, marketing_consent, stage, deal_count, customer_class, created_at)
       select id, name, name_pinyin, name_initials, phone, gender, channel, region, key_account_id, consultant_id, tags::text[], marketing_consent, stage, deal_count, customer_class, created_at
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::uuid[], $11::text[], $12::bool[], $13::text[], $14::int[], $15::text[], $16::timestamptz[])
         as t(id, name, name_pinyin, name_initials, phone, gender, channel, region, key_account_id, consultant_id, tags, marketing_consent, stage, deal_count, customer_class, created_at)`,
      Object.values(cols),
    );
  }
}

const CHANNEL_LABEL: Record<string, string> = {
  PHONE: '电话',
  WECHAT: '微信',
  WEB: '网络',
  WALK_IN: '自然到院',
  REFERRAL: '老带新',
  PARTNER: '合作单位',
  CAMPAIGN: '活动',
};
/** the file a hospital exports from its old system: 姓名, 手机号 (as people type them), 性别, 渠道, 区域, 标签, 营销同意 */
function importCsv(people: Person[]): string {
  const lines = ['姓名,手机号,性别,渠道,区域,标签,营销同意'];
  people.forEach((p, i) => {
    const typed = i % 3 === 0 ? `+86 ${p.phone.slice(0, 3)} ${p.phone.slice(3, 7)} ${p.phone.slice(7)}` : p.phone;
    lines.push(
      `${p.name},${typed},${p.gender === 'MALE' ? '男' : '女'},${CHANNEL_LABEL[p.channel]},${p.region},导入;${pick(TAGS)},${i % 3 ? '是' : '否'}`,
    );
  });
  return lines.join('\n');
}

describe('crm customers at scale, through the gateway', () => {
  let system: RunningSystem;
  let client: pg.Client;
  let defaultGateway: RunningGateway | undefined;
  const rows: Row[] = [];
  const imports: { rows: number; known: number; dryRun: boolean; seconds: number; rate: number }[] = [];
  const notes: string[] = [];
  const importNotes: string[] = [];
  // every person of the run, distinct phones; imports take theirs first, the bulk load the rest
  let pool: Person[] = [];
  let used = 0;
  const take = (n: number) => {
    const slice = pool.slice(used, used + n);
    used += n;
    return slice;
  };

  beforeAll(async () => {
    const importRows = IMPORT_SIZES.reduce((s, n) => s + n, 0);
    pool = demoCustomers(Math.max(CUSTOMERS, importRows) + 10, SEED, Date.parse('2026-12-01T00:00:00+08:00')) as Person[];
    // generous limits: the benchmark measures crm, not the limiter
    system = await startSystem({
      production: true,
      rateLimits: { perApiKey: 1e9, perStaff: 1e9, perAnonymousIp: 1e9 },
      bodyLimit: IMPORT_BODY_LIMIT,
    });
    client = new pg.Client({ connectionString: system.databaseUrl });
    await client.connect();
    pgVersion = (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
  }, 300_000);
  afterAll(async () => {
    await defaultGateway?.stop();
    await client?.end();
    await system?.stop();
  });

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const { data, errors, status } = await system.as('cs.admin', query, variables);
    if (errors || status !== 200) throw new Error(`${query.slice(0, 50)}…: ${status} ${JSON.stringify(errors)}`);
    return data;
  };
  const countOf = async (sql: string, params: unknown[] = []) => Number((await client.query(sql, params)).rows[0].count);

  it('imports 10 % known / 90 % new files through the gateway and reports rows per second', async () => {
    for (const size of IMPORT_SIZES) {
      const people = take(size);
      const known = Math.round(size * KNOWN_SHARE);
      // the known phones are registered already, under their old region: the import updates them
      await bulkInsert(
        client,
        people.slice(0, known).map((p) => ({ ...p, region: '旧区域' })),
      );
      const before = await countOf(`select count(*) from "crm"."customer"`);
      const csv = importCsv(people);
      const contentBase64 = Buffer.from(csv).toString('base64');
      const body = JSON.stringify({ query: START, variables: { input: { filename: 'customers.csv', contentBase64, dryRun: false } } });

      if (size === IMPORT_SIZES[0]) {
        // the same request against a gateway left at its default BODY_LIMIT
        defaultGateway = await startGateway({
          supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
          subgraphUrls: Object.fromEntries(Object.entries(system.services).map(([name, s]) => [name, s.url])),
          port: 0,
          log: createLogger('gateway', 'silent'),
          production: true,
          subgraphTimeoutMs: 5000,
          signingKey: testSigningKeys.privateKey,
          rateLimits: { perApiKey: 1e9, perStaff: 1e9, perAnonymousIp: 1e9 },
        });
        // as a dry run: should the default limit let it through, the probe changes nothing
        const probe = JSON.stringify({ query: START, variables: { input: { filename: 'customers.csv', contentBase64, dryRun: true } } });
        const refused = await fetch(defaultGateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(await system.authHeaders('cs.admin')) },
          body: probe,
        });
        const probeJob = refused.ok ? ((await refused.json()) as any).data?.startCustomerImport?.id : undefined;
        while (probeJob && !['DONE', 'FAILED'].includes((await gql(POLL, { id: probeJob })).customerImport.status))
          await new Promise((resolve) => setTimeout(resolve, 100));
        importNotes.push(
          refused.ok
            ? `the gateway's default request-body limit (BODY_LIMIT 100kb) lets the ${size.toLocaleString('en')}-row file (${(Buffer.byteLength(body) / 1024).toFixed(0)} kB as the request) through`
            : `**the gateway's default request-body limit (BODY_LIMIT 100kb) refuses this upload**: the ${size.toLocaleString('en')}-row file is ${(Buffer.byteLength(csv) / 1024).toFixed(0)} kB of CSV text, ${(Buffer.byteLength(body) / 1024).toFixed(0)} kB as the GraphQL request, answered HTTP ${refused.status}; crm accepts files up to 5 MB, so the gateway here runs with BODY_LIMIT ${IMPORT_BODY_LIMIT} (test/support/system.ts \`bodyLimit\`), as a deployment must set it (at 100kb only files of ≈ 1,300 such rows pass)`,
        );
        await defaultGateway.stop();
        defaultGateway = undefined;
      }

      // a dry run first (what the import screen shows before committing), then the import itself
      for (const dryRun of [true, false]) {
        const t0 = performance.now();
        const answer = await system.as('cs.admin', START, { input: { filename: 'customers.csv', contentBase64, dryRun } });
        if (answer.errors || !answer.data?.startCustomerImport) {
          // too big for a hop on the way: recorded, and the file counts as not imported
          const reason = String(
            answer.errors?.[0]?.extensions?.response?.body?.match?.(/PayloadTooLargeError[^<]*/)?.[0] ??
              answer.errors?.[0]?.message ??
              answer.status,
          );
          importNotes.push(
            `**the ${size.toLocaleString('en')}-row file (${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB of CSV, ${(Buffer.byteLength(body) / 1024 / 1024).toFixed(1)} MB as the request) is refused**: the gateway passes it on (BODY_LIMIT ${IMPORT_BODY_LIMIT}), the crm subgraph answers "${reason}" (services/shared/src/http/subgraph-server.ts parses /graphql bodies up to 1mb, while crm accepts files up to 5 MB): through the gateway an import holds at most ≈ ${Math.floor((size * 1024 * 1024) / Buffer.byteLength(body)).toLocaleString('en')} rows like these`,
          );
          await client.query(`delete from "crm"."customer" where phone = any($1)`, [people.slice(0, known).map((p) => p.phone)]);
          used -= size;
          break;
        }
        const started = answer.data;
        const accepted = performance.now() - t0;
        let job: any;
        for (;;) {
          job = (await gql(POLL, { id: started.startCustomerImport.id })).customerImport;
          if (job.status === 'DONE' || job.status === 'FAILED') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const seconds = (performance.now() - t0) / 1000;
        if (job.status !== 'DONE') throw new Error(`import failed: ${job.failure}`);
        const created = dryRun ? 0 : size - known;
        if (job.total !== size || job.created !== size - known || job.updated !== known || job.unchanged !== 0) {
          throw new Error(`import of ${size} (${known} known, dry run ${dryRun}) answered ${JSON.stringify(job)}`);
        }
        const after = await countOf(`select count(*) from "crm"."customer"`);
        if (after !== before + created) throw new Error(`crm.customer holds ${after}, expected ${before + created}`);
        const rate = size / seconds;
        const load = os.loadavg()[0]!.toFixed(2);
        imports.push({ rows: size, known, dryRun, seconds, rate });
        importNotes.push(
          `${dryRun ? 'dry run of ' : 'import of '}${size.toLocaleString('en')} rows (${(size - known).toLocaleString('en')} new, ${known.toLocaleString('en')} known phones ${dryRun ? 'reported' : 'updated'}): ${seconds.toFixed(1)} s from the upload to DONE = **${Math.round(rate).toLocaleString('en')} rows/s** (upload accepted in ${ms(accepted)} ms; the job queue polls every 0.5 s; 1-minute load average at DONE ${load} on 2 cores: the machine is shared)`,
        );
      }
      if (!imports.some((r) => r.rows === size && !r.dryRun)) continue;
      // the other services consume the registrations (CustomerRegistered) and identity the audit entries
      // after the import is DONE: the searches below are timed once that work is over
      const drained = performance.now();
      const pending = () =>
        countOf(
          `select count(*) from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now() and name not like 'crm.customer-import%'`,
        );
      const backlog = await pending();
      let left = backlog;
      while (left > 0 && performance.now() - drained < 180_000) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        left = await pending();
      }
      importNotes.push(
        `after DONE, ${backlog.toLocaleString('en')} queued jobs (events to members and analytics, audit entries to identity) were left; ${left ? `${left.toLocaleString('en')} still queued` : 'all worked off'} ${((performance.now() - drained) / 1000).toFixed(0)} s later`,
      );
      const regions = await countOf(`select count(*) from "crm"."customer" where phone = any($1) and region <> '旧区域'`, [
        people.slice(0, known).map((p) => p.phone),
      ]);
      if (regions !== known) throw new Error(`${known - regions} known customers were not updated`);
    }
  }, 1_200_000);

  it('loads the rest of the customers and times each search at that scale', async () => {
    const have = await countOf(`select count(*) from "crm"."customer"`);
    const t0 = performance.now();
    await bulkInsert(client, take(Math.max(0, CUSTOMERS - have)));
    // what autovacuum does after a bulk load: statistics, and the GIN indexes' pending lists merged (a
    // pending list is read in full by every trigram or tag search until then)
    await client.query(`vacuum analyze "crm"."customer"`);
    const loadSeconds = (performance.now() - t0) / 1000;
    const total = await countOf(`select count(*) from "crm"."customer"`);
    notes.push(
      `${total.toLocaleString('en')} customers in crm.customer: ${have.toLocaleString('en')} from the imports above, ${(total - have).toLocaleString('en')} loaded by multi-row insert (${LOAD_BATCH.toLocaleString('en')} a statement, names and phones through crm's setName / normalisePhone), then VACUUM ANALYZE, in ${loadSeconds.toFixed(1)} s; names: demo-data's 100 surnames × 1–2 given characters, 2 years of registrations, tags from ${TAGS.length}, class A/B/C/none, stage 60/30/10 %`,
    );

    // search terms taken from the people loaded, rotated over the runs (a fixed term would only time one plan)
    const { rows: sample } = await client.query<{ name: string; name_pinyin: string; name_initials: string; phone: string }>(
      `select name, name_pinyin, name_initials, phone from "crm"."customer" where char_length(name) = 3 order by md5(id::text) limit 200`,
    );
    const terms = (f: (s: (typeof sample)[number]) => string) => [...new Set(sample.map(f))];
    const cycle =
      <T>(list: T[]) =>
      (i: number) =>
        list[i % list.length]!;
    const cases: {
      name: string;
      variables: (i: number) => Record<string, unknown>;
      expected: (v: Record<string, unknown>) => Promise<number>;
    }[] = [
      {
        name: 'name prefix, the surname alone ("张")',
        variables: cycle(terms((s) => s.name.slice(0, 1)).map((search) => ({ search }))),
        expected: (v) => countOf(`select count(*) from "crm"."customer" where name ilike $1`, [`%${v.search}%`]),
      },
      {
        name: 'name prefix (surname + first given character, "王芳")',
        variables: cycle(terms((s) => s.name.slice(0, 2)).map((search) => ({ search }))),
        expected: (v) => countOf(`select count(*) from "crm"."customer" where name ilike $1`, [`%${v.search}%`]),
      },
      {
        name: 'pinyin initials ("zs", "wf")',
        variables: cycle(['zs', ...terms((s) => s.name_initials.slice(0, 2))].map((search) => ({ search }))),
        expected: (v) =>
          countOf(`select count(*) from "crm"."customer" where name_pinyin like $1 or name_initials like $2 or name ilike $1`, [
            `%${v.search}%`,
            `${v.search}%`,
          ]),
      },
      {
        name: 'full pinyin of the whole name ("wangfangli")',
        variables: cycle(terms((s) => s.name_pinyin).map((search) => ({ search }))),
        expected: (v) =>
          countOf(`select count(*) from "crm"."customer" where name_pinyin like $1 or name_initials like $2 or name ilike $1`, [
            `%${v.search}%`,
            `${v.search}%`,
          ]),
      },
      {
        name: 'phone tail, last 4 digits',
        variables: cycle(terms((s) => s.phone.slice(-4)).map((phoneTail) => ({ filter: { phoneTail } }))),
        expected: (v) => countOf(`select count(*) from "crm"."customer" where phone like $1`, [`%${(v.filter as any).phoneTail}`]),
      },
      {
        name: 'class + stage filter (A/B/C × POTENTIAL/ACTUAL/LOYAL)',
        variables: cycle(['A', 'B', 'C'].flatMap((customerClass) => STAGES.map(([stage]) => ({ filter: { customerClass, stage } })))),
        expected: (v) =>
          countOf(`select count(*) from "crm"."customer" where customer_class = $1 and stage = $2`, [
            (v.filter as any).customerClass,
            (v.filter as any).stage,
          ]),
      },
      {
        name: 'tag filter',
        variables: cycle(TAGS.map((tag) => ({ filter: { tag } }))),
        expected: (v) => countOf(`select count(*) from "crm"."customer" where tags @> array[$1]::text[]`, [(v.filter as any).tag]),
      },
    ];

    const plans: string[] = [];
    let phase: 'before' | 'after' = 'before';
    const timeCase = async (
      name: string,
      variables: (i: number) => Record<string, unknown>,
      expected?: (v: Record<string, unknown>) => Promise<number>,
    ) => {
      const latencies: number[] = [];
      const matches: number[] = [];
      for (let i = 0; i < RUNS + WARMUP; i++) {
        const v = { first: 20, ...variables(i) };
        const t = performance.now();
        const page = (await gql(SEARCH, v)).customers;
        const elapsed = performance.now() - t;
        if (i >= WARMUP) latencies.push(elapsed);
        matches.push(page.totalCount);
        if (expected && i < WARMUP + 3) {
          const want = await expected(v);
          if (page.totalCount !== want)
            throw new Error(`${name} ${JSON.stringify(v)}: totalCount ${page.totalCount}, the table holds ${want}`);
        }
        if (i === WARMUP) plans.push(...(await explain(`${phase === 'before' ? 'without' : 'with'} the indexes, ${name}`, v)));
      }
      const row =
        rows.find((r) => r.name === name) ??
        rows[rows.push({ name, matches: Math.round(quantile(sortedOf(matches), 0.5)), before: [], after: [] }) - 1]!;
      row[phase] = latencies;
    };

    /**
     * EXPLAIN ANALYZE of the two statements CustomerService.list sends for one search (the page and the
     * count), built here from the same conditions (customerFilterQuery) for the same caller
     */
    const explain = async (name: string, v: Record<string, unknown>) => {
      const em = system.services.crm.orm.em.fork();
      const filters = customerFilterQuery({ ...(v.filter as object), search: (v.search as string) ?? null }, testCallers.csAdmin as Caller);
      const after = typeof v.after === 'string' ? parseCursor(v.after) : null;
      const page = em
        .createQueryBuilder(Customer)
        .select('*')
        .where({ $and: after ? [...filters, { id: { $lt: after } }] : filters } as never)
        .orderBy({ id: 'desc' })
        .limit(21);
      const count = em
        .createQueryBuilder(Customer)
        .count()
        .where({ $and: filters } as never);
      const out: string[] = [];
      for (const [kind, qb] of [
        ['page', page],
        ['count', count],
      ] as const) {
        const sql = qb.getFormattedQuery();
        const { rows: plan } = await client.query(`explain (analyze, format json) ${sql}`);
        const root = plan[0]['QUERY PLAN'][0];
        const nodes: string[] = [];
        const walk = (node: any) => {
          if (/Scan/.test(node['Node Type'])) nodes.push(`${node['Node Type']}${node['Index Name'] ? ` on ${node['Index Name']}` : ''}`);
          (node.Plans ?? []).forEach(walk);
        };
        walk(root.Plan);
        if (benchEnv().debug) console.log(sql);
        out.push(`${name}: ${kind} — ${[...new Set(nodes)].join(' + ')}, ${root['Execution Time'].toFixed(1)} ms in PostgreSQL`);
      }
      return out;
    };

    // keyset paging: the third page of the whole list, its cursor from the second page
    const first = (await gql(SEARCH, { first: 20 })).customers;
    const second = (await gql(SEARCH, { first: 20, after: first.pageInfo.endCursor })).customers;
    const third = (await gql(SEARCH, { first: 20, after: second.pageInfo.endCursor })).customers;
    const ids = [...first.nodes, ...second.nodes, ...third.nodes].map((n: { id: string }) => n.id);
    const { rows: newest } = await client.query<{ id: string }>(`select id from "crm"."customer" order by id desc limit 60`);
    if (ids.join() !== newest.map((r) => r.id).join()) throw new Error('the first three pages are not the 60 newest customers in order');
    const timeAll = async () => {
      for (const c of cases) await timeCase(c.name, c.variables, c.expected);
      await timeCase("3rd page of the whole list (after the 2nd page's cursor)", () => ({ after: second.pageInfo.endCursor }));
      await timeCase('3rd page of a class + stage filter', () => ({
        filter: { customerClass: 'B', stage: 'ACTUAL' },
        after: second.pageInfo.endCursor,
      }));
    };

    // without the search indexes: the schema before Migration20261204175545, same rows, same statistics
    const { rows: definitions } = await client.query<{ indexdef: string }>(
      `select indexdef from pg_indexes where schemaname = 'crm' and indexname = any($1)`,
      [SEARCH_INDEXES],
    );
    if (definitions.length !== SEARCH_INDEXES.length) throw new Error(`crm.customer lacks some of ${SEARCH_INDEXES.join(', ')}`);
    for (const name of SEARCH_INDEXES) await client.query(`drop index "crm"."${name}"`);
    for (const sql of REPLACED_INDEXES) await client.query(sql);
    await client.query(`vacuum analyze "crm"."customer"`);
    phase = 'before';
    await timeAll();

    // with them, as the migration creates them
    await client.query(`drop index "crm"."customer_name_initials_idx", "crm"."customer_name_pinyin_idx"`);
    for (const { indexdef } of definitions) await client.query(indexdef);
    await client.query(`vacuum analyze "crm"."customer"`);
    phase = 'after';
    await timeAll();

    const { rows: size } = await client.query(
      `select pg_size_pretty(pg_total_relation_size('"crm"."customer"')) as size, pg_size_pretty(pg_relation_size('"crm"."customer"')) as heap`,
    );
    const { rows: indexes } = await client.query<{ name: string; size: string }>(
      `select indexrelid::regclass::text as name, pg_size_pretty(pg_relation_size(indexrelid)) as size from pg_index where indrelid = '"crm"."customer"'::regclass order by 1`,
    );
    notes.push(
      `each search is \`customers(search | filter, first: 20)\` with totalCount, pageInfo and 7 fields, as cs.admin (customer-service department admin) through the gateway (token check at identity, rate limit, query planning, signing), ${RUNS} timed runs after ${WARMUP} warm-up runs, one at a time, terms rotated over names, initials, pinyin and phone tails of 200 sampled customers; every totalCount of the first runs is compared with a count in SQL`,
      `crm.customer: ${size[0].size} with indexes (${size[0].heap} heap); indexes: ${indexes.map((i) => `${i.name.replace('crm.', '')} ${i.size}`).join(', ')}`,
      "what the indexes cannot serve: a fragment shorter than 3 characters has no trigram. 汉字 searches of 1–2 characters (most name searches) still read every name, now with LIKE (one pass over customer_name_idx for the count, ≈ 7 ms here); 2-letter initials (\"zs\") keep their table scan because the same OR also asks name_pinyin / name for the 2 letters anywhere (like '%zs%'), which is the slowest search here. Serving those would need a bigram index (pg_bigm, not in PostgreSQL's contrib) or a narrower rule for short latin terms (initials prefix only), a behaviour change left to the product owner",
      "plans: EXPLAIN ANALYZE of the two statements CustomerService.list sends (the page and the count, in parallel), rebuilt from customerFilterQuery with the first timed run's variables:",
      ...plans.map((p) => `  ${p}`),
    );
    writeCrmReport(imports, rows, importNotes, notes);
  }, 1_200_000);
});
