import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Bench } from 'tinybench';
import pg from 'pg';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fenToYuan, newId, type Caller, type DealClosedData } from '@careline/service-kit';
import { createTestDatabase, startTestService, testCallers, type TestDatabase, type TestService } from '@careline/service-kit/testing';
import { membersService } from '@careline/members';
import { writeReport } from './report.js';
import { benchEnv } from '../support/env.js';

// The members points ledger under load, with every invariant on: recordConsumption over GraphQL
// (idempotency key, consumption, account row lock, append-only entry, lot, PointsChanged, audit)
// with 1, 4 and 16 concurrent writers, on 16 members and on one member (where the account lock
// serialises them); the batch path the same way (recordConsumptions, BATCH receipts a call, on
// 16 members and on 1,600), and a DealClosed backlog drained by the consumer's batches; then a ledger of 1,000,000 entries built with generate_series and the finance
// pointsLiability query timed on it. Measurements only; a broken ledger throws.

const WRITE_MS = benchEnv().writeMs;
const SEED_MEMBERS = benchEnv().seedMembers;
const SEED_ENTRIES_PER_MEMBER = 10; // 100,000 × 10 = 1,000,000 entries
const LIABILITY_RUNS = 30;
const BATCH = 100; // receipts per recordConsumptions call
const BACKLOG = 20_000; // DealClosed events waiting when the consumer starts on them
const load = () => loadavg()[0]!.toFixed(2);

/** CPU seconds a process has used (user + system), from /proc; 0 when it is gone */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

const desk: Caller = { kind: 'staff', id: newId(), name: '会员专员', role: 'STAFF', department: 'MEMBER_CENTRE' };
const ENROL = `mutation ($input: EnrollMemberInput!) { enrollMember(input: $input) { id customer { id } } }`;
const RECORD = `mutation ($input: RecordConsumptionInput!) { recordConsumption(input: $input) { id pointsEarned status } }`;
const RECORD_MANY = `mutation ($input: RecordConsumptionsInput!) { recordConsumptions(input: $input) { id pointsEarned status } }`;
const LIABILITY = `{ pointsLiability { outstandingPoints valueFen valuePerPointFen members asOf } }`;
const LIABILITY_SQL = `select coalesce(sum(balance), 0)::text as points, count(*) filter (where balance > 0)::int as members from "members"."points_account"`;

interface Row {
  name: string;
  latencies: number[];
  opsPerSecond?: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;

/** The rows in the shape report.ts reads from a tinybench Bench (here the batches are timed by hand). */
function asBench(rows: Row[]): Bench {
  return {
    tasks: rows.map((row) => {
      const sorted = [...row.latencies].sort((a, b) => a - b);
      const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
      return {
        name: row.name,
        result: {
          latency: { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), mean, samplesCount: sorted.length },
          throughput: { mean: row.opsPerSecond ?? 1000 / quantile(sorted, 0.5) },
        },
      };
    }),
  } as unknown as Bench;
}

describe('members points ledger', () => {
  let db: TestDatabase;
  let members: TestService;
  let client: pg.Client;
  const pool: string[] = [];
  const wide: string[] = []; // 1,600 members for batches that rarely share one
  const rows: Row[] = [];
  const notes: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    members = await startTestService(membersService, db.url);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    for (let i = 0; i < 16; i++) {
      const customerId = newId();
      await client.query(
        `insert into "members"."known_customer" (customer_id, channel, region, registered_at, recorded_at) values ($1, 'PHONE', '天河区', now(), now())`,
        [customerId],
      );
      const { data, errors } = await members.request(ENROL, { input: { customerId } });
      if (errors) throw new Error(JSON.stringify(errors));
      pool.push(data.enrollMember.id);
    }
    // the wide pool by SQL (enrolment is not what is measured): known customer, ACTIVE membership
    const { rows: made } = await client.query<{ id: string }>(
      `with c as (
         insert into "members"."known_customer" (customer_id, channel, region, registered_at, recorded_at)
         select md5('wide-c' || m)::uuid, 'PHONE', '天河区', now(), now() from generate_series(1, 1600) m returning customer_id)
       insert into "members"."membership" (id, customer_id, card_number, tier, status, joined_at, created_at, tier_since, updated_at)
       select md5('wide-m' || c.customer_id)::uuid, c.customer_id, 'WIDE' || lpad(row_number() over ()::text, 9, '0'), 'ORDINARY', 'ACTIVE', now(), now(), now(), now()
       from c returning id`,
    );
    wide.push(...made.map((r) => r.id));
  });
  afterAll(async () => {
    await client?.end();
    await members?.stop();
    await db?.drop();
  });

  async function earn(
    membershipId: string,
    idempotencyKey = newId(),
    receiptNumber = `B-${newId()}`,
    occurredAt = new Date().toISOString(),
  ) {
    const { data, errors } = await members.request(
      RECORD,
      { input: { membershipId, receiptNumber, amountFen: 10_00, occurredAt, idempotencyKey } },
      undefined,
      desk,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    if (data.recordConsumption.pointsEarned <= 0) throw new Error(`no points earned: ${JSON.stringify(data)}`);
  }

  /**
   * CPU seconds this process (service and load generator alike) and the test cluster's PostgreSQL
   * processes use from now until the returned function is called. On a shared machine the wall
   * clock says how much CPU others left us; CPU per earn says what the earns cost, so 2 cores ÷
   * CPU per earn is what this machine sustains when nothing else runs on it.
   */
  async function cpuMeter(): Promise<() => Promise<number>> {
    const pids = async () =>
      (await client.query<{ pid: number }>(`select pid from pg_stat_activity where pid is not null`)).rows.map((r) => r.pid);
    const start = new Map((await pids()).map((pid) => [pid, cpuSecondsOf(pid)]));
    const node = process.cpuUsage();
    return async () => {
      const { user, system } = process.cpuUsage(node);
      let pg = 0;
      for (const pid of new Set([...start.keys(), ...(await pids())])) pg += Math.max(0, cpuSecondsOf(pid) - (start.get(pid) ?? 0));
      return (user + system) / 1e6 + pg;
    };
  }

  async function earnMany(membershipIds: string[]) {
    const occurredAt = new Date().toISOString();
    const { data, errors } = await members.request(
      RECORD_MANY,
      {
        input: {
          consumptions: membershipIds.map((membershipId) => ({
            membershipId,
            receiptNumber: `B-${newId()}`,
            amountFen: 10_00,
            occurredAt,
            idempotencyKey: newId(),
          })),
        },
      },
      undefined,
      desk,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    if (
      data.recordConsumptions.length !== membershipIds.length ||
      data.recordConsumptions.some((c: { pointsEarned: number }) => c.pointsEarned <= 0)
    )
      throw new Error(`a batch did not earn every receipt: ${JSON.stringify(data).slice(0, 500)}`);
  }

  /** `writers` loops, each recording BATCH receipts per call for WRITE_MS; committed earns (receipts) per second and each call's latency */
  async function writeBatchesFor(writers: number, membersOf: (writer: number, i: number) => string[]) {
    const latencies: number[] = [];
    let earns = 0;
    const started = performance.now();
    const until = started + WRITE_MS;
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; performance.now() < until; i++) {
          const batch = membersOf(w, i);
          const t = performance.now();
          await earnMany(batch);
          latencies.push(performance.now() - t);
          earns += batch.length;
        }
      }),
    );
    const elapsed = performance.now() - started;
    members.resetQueries();
    return { opsPerSecond: (earns / elapsed) * 1000, latencies, earns };
  }

  /** `writers` loops, each earning one consumption at a time for WRITE_MS; committed earns per second and each earn's latency */
  async function writeFor(
    writers: number,
    memberOf: (writer: number, i: number) => string,
  ): Promise<{ opsPerSecond: number; latencies: number[] }> {
    const latencies: number[] = [];
    const started = performance.now();
    const until = started + WRITE_MS;
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; performance.now() < until; i++) {
          const t = performance.now();
          await earn(memberOf(w, i));
          latencies.push(performance.now() - t);
        }
      }),
    );
    const elapsed = performance.now() - started;
    members.resetQueries(); // the test service keeps every statement; do not let it grow across runs
    return { opsPerSecond: (latencies.length / elapsed) * 1000, latencies };
  }

  /** balance = Σ entries = Σ lots' remaining ≥ 0, entries counted, seq 1..n, every balance_after the running sum: the members that break it */
  async function brokenLedgers(): Promise<{ accounts: number; entries: number; broken: { membership_id: string; problem: string }[] }> {
    const { rows: broken } = await client.query<{ membership_id: string; problem: string }>(`
      with e as (
        select membership_id, count(*)::int as n, coalesce(sum(points), 0)::bigint as total, max(seq) as max_seq, min(seq) as min_seq,
               bool_and(balance_after >= 0) as nonneg
        from "members"."points_entry" group by membership_id),
      running as (
        select membership_id, bool_and(balance_after = run) as ok from (
          select membership_id, balance_after, sum(points) over (partition by membership_id order by seq) as run from "members"."points_entry") r
        group by membership_id),
      l as (select membership_id, sum(remaining)::bigint as remaining from "members"."points_lot" group by membership_id)
      select a.membership_id,
             case when a.balance < 0 then 'negative balance'
                  when a.balance <> coalesce(e.total, 0) then 'balance ' || a.balance || ' <> sum of entries ' || coalesce(e.total, 0)
                  when a.balance <> coalesce(l.remaining, 0) then 'balance ' || a.balance || ' <> lots remaining ' || coalesce(l.remaining, 0)
                  when a.entries <> coalesce(e.n, 0) then 'entries ' || a.entries || ' <> ' || coalesce(e.n, 0)
                  when e.n > 0 and (e.min_seq <> 1 or e.max_seq <> e.n) then 'seq not 1..n'
                  when e.n > 0 and not e.nonneg then 'negative balance_after'
                  when e.n > 0 and not running.ok then 'balance_after is not the running sum'
             end as problem
      from "members"."points_account" a left join e using (membership_id) left join l using (membership_id) left join running using (membership_id)
      where a.balance < 0 or a.balance <> coalesce(e.total, 0) or a.balance <> coalesce(l.remaining, 0) or a.entries <> coalesce(e.n, 0)
         or (e.n > 0 and (e.min_seq <> 1 or e.max_seq <> e.n or not e.nonneg or not running.ok))
      union all
      select e.membership_id, 'entries without an account' from "members"."points_entry" e
      where not exists (select 1 from "members"."points_account" a where a.membership_id = e.membership_id) group by e.membership_id`);
    const {
      rows: [counts],
    } = await client.query<{ accounts: number; entries: number }>(
      `select (select count(*)::int from "members"."points_account") as accounts, (select count(*)::int from "members"."points_entry") as entries`,
    );
    return { ...counts!, broken };
  }

  it('measures committed earns per second, checks the ledger, then times pointsLiability on 1,000,000 entries', async () => {
    // warm up the service (connections, JIT, query plans)
    for (let i = 0; i < 20; i++) await earn(pool[i % pool.length]!);

    // (1) committed earns per second
    const earnLines: string[] = [];
    let committed = 20;
    for (const writers of [1, 4, 16]) {
      for (const [where, memberOf] of [
        // writer w takes members w, w + writers, w + 2 × writers… (mod 16): all 16 members, no two writers on one member
        ['16 members', (w: number, i: number) => pool[(w + i * writers) % pool.length]!],
        ['one member', () => pool[0]!],
      ] as const) {
        const before = load();
        const cpu = await cpuMeter();
        const run = await writeFor(writers, memberOf);
        const perEarn = (await cpu()) / run.latencies.length;
        committed += run.latencies.length;
        rows.push({
          name: `recordConsumption (earn), ${writers} concurrent writer(s) on ${where}`,
          latencies: run.latencies,
          opsPerSecond: run.opsPerSecond,
        });
        earnLines.push(
          `single path, ${writers} writer(s) on ${where}: ${run.opsPerSecond.toFixed(0)} earns/s (load average ${before} → ${load()}; ${(perEarn * 1000).toFixed(2)} CPU ms an earn = ${(2 / perEarn).toFixed(0)} earns/s at most on 2 idle cores)`,
        );
      }
    }

    // (1b) the batch path: recordConsumptions, BATCH receipts a call
    for (const writers of [1, 4, 16]) {
      for (const [where, membersOf] of [
        // every call names all 16 members: every batch queues on the same 16 account locks
        ['16 members', () => Array.from({ length: BATCH }, (_, k) => pool[k % pool.length]!)],
        // calls spread over 1,600 members (random): batches seldom wait for each other
        ['1,600 members', () => Array.from({ length: BATCH }, () => wide[Math.floor(Math.random() * wide.length)]!)],
      ] as const) {
        const before = load();
        const cpu = await cpuMeter();
        const run = await writeBatchesFor(writers, membersOf);
        const perEarn = (await cpu()) / run.earns;
        committed += run.earns;
        rows.push({
          name: `recordConsumptions (${BATCH} earns a call), ${writers} concurrent writer(s) on ${where}; latency per call, ops/s = earns/s`,
          latencies: run.latencies,
          opsPerSecond: run.opsPerSecond,
        });
        earnLines.push(
          `batch path, ${writers} writer(s) on ${where}: ${run.opsPerSecond.toFixed(0)} earns/s (load average ${before} → ${load()}; ${(perEarn * 1000).toFixed(2)} CPU ms an earn = ${(2 / perEarn).toFixed(0)} earns/s at most on 2 idle cores)`,
        );
      }
    }

    // (1c) a DealClosed backlog (an outage at crm's side ends): BACKLOG events queued at once, drained by the consumer's batches
    const dealCustomers = await client.query<{ customer_id: string }>(
      `select customer_id from "members"."membership" where id = any($1::uuid[])`,
      [wide],
    );
    const customers = dealCustomers.rows.map((r) => r.customer_id);
    const drainBefore = load();
    const {
      rows: [start],
    } = await client.query<{ n: number }>(`select count(*)::int as n from "members"."consumption" where source = 'DEAL'`);
    await members.orm.em.fork().transactional(async (em) => {
      const now = new Date().toISOString();
      await members.bus.publishAll<DealClosedData>(
        em,
        'DealClosed',
        Array.from({ length: BACKLOG }, (_, i) => ({
          visitId: newId(),
          receiptNumber: `D-${newId()}`,
          customerId: customers[i % customers.length]!,
          amountFen: 10_00,
          occurredAt: now,
          departmentCode: 'DENTAL',
          staffId: null,
        })),
        { required: true },
      );
    });
    const drainCpu = await cpuMeter();
    const drainStarted = performance.now();
    let drained = 0;
    while (drained < BACKLOG) {
      await new Promise((r) => setTimeout(r, 200));
      const {
        rows: [now],
      } = await client.query<{ n: number }>(`select count(*)::int as n from "members"."consumption" where source = 'DEAL'`);
      drained = now!.n - start!.n;
      if (performance.now() - drainStarted > 600_000) throw new Error(`the DealClosed backlog did not drain: ${drained} of ${BACKLOG}`);
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const drainPerEarn = (await drainCpu()) / BACKLOG;
    committed += BACKLOG;
    const dealRate = BACKLOG / drainSeconds;
    rows.push({
      name: `DealClosed backlog of ${BACKLOG.toLocaleString('en')} drained by the consumer (subscribeBatch) on 1,600 members; ops/s = earns/s`,
      latencies: [drainSeconds * 1000],
      opsPerSecond: dealRate,
    });
    earnLines.push(
      `DealClosed consumer: ${BACKLOG.toLocaleString('en')} queued events drained in ${drainSeconds.toFixed(1)} s = ${dealRate.toFixed(0)} earns/s (load average ${drainBefore} → ${load()}; ${(drainPerEarn * 1000).toFixed(2)} CPU ms an earn = ${(2 / drainPerEarn).toFixed(0)} earns/s at most on 2 idle cores)`,
    );

    // idempotency still on: the same key twice commits one earn
    const replayKey = newId();
    const receipt = `B-${newId()}`;
    const at = new Date().toISOString();
    await earn(pool[1]!, replayKey, receipt, at);
    await earn(pool[1]!, replayKey, receipt, at);
    committed += 1;

    const afterWrites = await brokenLedgers();
    if (afterWrites.broken.length)
      throw new Error(`ledger invariants broken after the write runs: ${JSON.stringify(afterWrites.broken.slice(0, 10))}`);
    if (afterWrites.entries !== committed)
      throw new Error(`${committed} earns committed but the ledger holds ${afterWrites.entries} entries`);
    notes.push(
      `single path: recordConsumption over HTTP + GraphQL to the members subgraph (startTestService, embedded PostgreSQL), one transaction each: idempotency key, consumption, points_account row lock, append-only points_entry (triggers), points_lot, PointsChanged outbox, audit; ${WRITE_MS} ms per configuration, every earn checked`,
      `batch path: recordConsumptions with ${BATCH} receipts a call (each its own idempotency key), one transaction per call with the same rows and events, set-based (docs/points-ledger.md); and crm's DealClosed as the bus delivers it, consumed in batches (subscribeBatch); the load average (1 minute) is given before → after each run, the machine is shared; CPU ms an earn = CPU time of this process (service and load generator) and of the test cluster's PostgreSQL processes over the run ÷ earns committed, and 2 cores ÷ that is the most this machine sustains when nothing else runs (a bound: one writer waits on round trips and does not keep both cores busy)`,
      `committed earns per second: ${earnLines.join('; ')}`,
      `after the write runs: ${afterWrites.entries} entries on ${afterWrites.accounts} accounts (= ${committed} earns committed, a replayed idempotency key added none); balance = Σ entries = Σ lots remaining ≥ 0, seq 1..n and every balance_after the running sum held for every member`,
    );

    // (2) a ledger of 1,000,000 entries, built in SQL (inserts only: the append-only triggers stay on)
    const seedStarted = performance.now();
    await client.query(`set synchronous_commit = off`);
    await client.query(`begin`);
    await client.query(
      `insert into "members"."known_customer" (customer_id, channel, region, registered_at, recorded_at)
       select md5('bench-c' || m)::uuid, 'PHONE', '天河区', now() - interval '1 year', now() from generate_series(1, $1::int) m`,
      [SEED_MEMBERS],
    );
    await client.query(
      `insert into "members"."membership" (id, customer_id, card_number, tier, status, joined_at, created_at, tier_since, updated_at)
       select md5('bench-m' || m)::uuid, md5('bench-c' || m)::uuid, 'BENCH' || lpad(m::text, 9, '0'), 'ORDINARY', 'ACTIVE', now() - interval '1 year', now() - interval '1 year', now() - interval '1 year', now()
       from generate_series(1, $1::int) m`,
      [SEED_MEMBERS],
    );
    await client.query(
      `insert into "members"."points_entry" (id, membership_id, customer_id, seq, kind, points, balance_after, reason, operator_id, receipt_number, created_at)
       select md5('bench-e' || m || '-' || s)::uuid, md5('bench-m' || m)::uuid, md5('bench-c' || m)::uuid, s, 'EARN', 1 + (m * 7 + s * 13) % 500,
              sum(1 + (m * 7 + s * 13) % 500) over (partition by m order by s), '消费积分: bench seed', '00000000-0000-0000-0000-000000000000',
              'BENCH-' || m || '-' || s, now() - interval '1 year' + s * interval '1 day'
       from generate_series(1, $1::int) m cross join generate_series(1, $2::int) s`,
      [SEED_MEMBERS, SEED_ENTRIES_PER_MEMBER],
    );
    await client.query(
      `insert into "members"."points_lot" (id, membership_id, entry_id, points, remaining, credited_at, expires_at)
       select md5('bench-l' || e.id)::uuid, e.membership_id, e.id, e.points, e.points, e.created_at, e.created_at + interval '24 months'
       from "members"."points_entry" e where e.reason = '消费积分: bench seed'`,
    );
    await client.query(
      `insert into "members"."points_account" (membership_id, customer_id, balance, entries, updated_at)
       select membership_id, customer_id, sum(points)::int, count(*)::int, max(created_at) from "members"."points_entry"
       where reason = '消费积分: bench seed' group by membership_id, customer_id`,
    );
    await client.query(`commit`);
    await client.query(
      `analyze "members"."known_customer", "members"."membership", "members"."points_entry", "members"."points_lot", "members"."points_account"`,
    );
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const seeded = await brokenLedgers();
    if (seeded.broken.length) throw new Error(`ledger invariants broken after seeding: ${JSON.stringify(seeded.broken.slice(0, 10))}`);
    const {
      rows: [sizes],
    } = await client.query<{ entries: string; lots: string; accounts: string }>(
      `select pg_size_pretty(pg_total_relation_size('"members"."points_entry"')) as entries, pg_size_pretty(pg_total_relation_size('"members"."points_lot"')) as lots,
              pg_size_pretty(pg_total_relation_size('"members"."points_account"')) as accounts`,
    );

    // a service function still works on a seeded member (its account lock, seq 11, lot)
    await earn(`${md5Uuid('bench-m1')}`);
    const {
      rows: [seq],
    } = await client.query<{ seq: number }>(`select max(seq)::int as seq from "members"."points_entry" where membership_id = $1`, [
      md5Uuid('bench-m1'),
    ]);
    if (seq!.seq !== SEED_ENTRIES_PER_MEMBER + 1) throw new Error(`an earn on a seeded member wrote seq ${seq!.seq}`);

    // pointsLiability through GraphQL as finance, and its SQL on its own
    const {
      rows: [expected],
    } = await client.query<{ points: string; members: number }>(LIABILITY_SQL);
    const graphql: number[] = [];
    let answer: { outstandingPoints: number; valueFen: number; members: number } | undefined;
    for (let i = 0; i < LIABILITY_RUNS + 3; i++) {
      const t = performance.now();
      const { data, errors } = await members.request(LIABILITY, undefined, undefined, testCallers.finance);
      const ms = performance.now() - t;
      if (errors) throw new Error(JSON.stringify(errors));
      answer = data.pointsLiability;
      if (i >= 3) graphql.push(ms); // the first three warm the caches
    }
    if (String(answer!.outstandingPoints) !== expected!.points || answer!.members !== expected!.members) {
      throw new Error(`pointsLiability answered ${JSON.stringify(answer)}, the accounts hold ${JSON.stringify(expected)}`);
    }
    const raw: number[] = [];
    for (let i = 0; i < LIABILITY_RUNS + 3; i++) {
      const t = performance.now();
      await client.query(LIABILITY_SQL);
      if (i >= 3) raw.push(performance.now() - t);
    }
    const { rows: plan } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${LIABILITY_SQL}`);
    const planLines = plan.map((r) => r['QUERY PLAN']);
    const planTop = planLines.filter((l) => !/^\s*(Planning|Execution|Buffers)/.test(l)).map((l) => l.trim().replace(/^->\s*/, ''));
    const execution = planLines.find((l) => l.startsWith('Execution Time')) ?? '';
    const planning = planLines.find((l) => l.startsWith('Planning Time')) ?? '';
    rows.push(
      {
        name: `pointsLiability over GraphQL as FINANCE, ${seeded.entries.toLocaleString('en')} entries / ${seeded.accounts.toLocaleString('en')} accounts`,
        latencies: graphql,
      },
      { name: `pointsLiability's SQL alone (pg client), same ledger`, latencies: raw },
    );
    notes.push(
      `seeded ${(SEED_MEMBERS * SEED_ENTRIES_PER_MEMBER).toLocaleString('en')} entries (${SEED_MEMBERS.toLocaleString('en')} members × ${SEED_ENTRIES_PER_MEMBER} EARN entries, one lot each, known_customer + membership + points_account rows) with generate_series in one transaction in ${seedSeconds.toFixed(1)} s including ANALYZE; the append-only triggers stayed on (inserts only); sizes with indexes: points_entry ${sizes!.entries}, points_lot ${sizes!.lots}, points_account ${sizes!.accounts}`,
      `after seeding: ${seeded.entries.toLocaleString('en')} entries on ${seeded.accounts.toLocaleString('en')} accounts, every invariant above held for every member; one more earn on a seeded member through recordConsumption wrote seq ${seq!.seq}`,
      `pointsLiability answered ${answer!.outstandingPoints.toLocaleString('en')} points = ¥${fenToYuan(answer!.valueFen)} on ${answer!.members.toLocaleString('en')} members (matches the accounts); ${LIABILITY_RUNS} timed runs after 3 warm-up runs`,
      `its SQL reads points_account only (one row per member, not the entries), so it grows with members, not with entries: EXPLAIN ANALYZE: ${planTop.join(' → ')}; ${planning}; ${execution}`,
    );
    writeReport('members-ledger', asBench(rows), notes);
  });
});

/** md5(text)::uuid as PostgreSQL spells it */
function md5Uuid(text: string): string {
  // computed in JS so the seeded member can be named without a query
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
