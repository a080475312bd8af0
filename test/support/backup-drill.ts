import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * The backup drill's data: accounts with a balance, a ledger of signed amounts, and an event per
 * ledger entry with its position in the event stream, each write one transaction (the shape of the
 * members points ledger and its outbox).
 */
export const DRILL_SCHEMA = `
  create table account (id int primary key, balance bigint not null default 0);
  create table ledger_entry (id uuid primary key, account_id int not null references account, amount bigint not null);
  create table event (position bigserial primary key, entry_id uuid not null unique references ledger_entry, type text not null);
  insert into account (id) select g from generate_series(1, 20) g;
`;

/** One write as the writer saw it: what it sent, and when it started and was acknowledged (ms since the epoch). */
export interface Commit {
  id: string;
  account: number;
  amount: number;
  position: number;
  startedAt: number;
  committedAt: number;
}

/** Restored state, read back. */
export interface DrillState {
  entries: Map<string, { account: number; amount: number }>;
  events: Map<number, string>;
  balances: Map<number, number>;
}

/**
 * Concurrent writers against `databaseUrl` until stop(): each transaction adds a ledger entry,
 * moves its account's balance and appends its event; the writer records what committed, with times.
 */
export function startWriters(databaseUrl: string, connections = 4) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const commits: Commit[] = [];
  const failures: unknown[] = [];
  // a connection the server drops while idle is a failure to report, not an uncaught 'error' event
  pool.on('error', (error) => failures.push(error));
  let stopping = false;
  const loop = async () => {
    while (!stopping) {
      const client = await pool.connect();
      const id = randomUUID();
      const account = 1 + Math.floor(Math.random() * 20);
      const amount = Math.floor(Math.random() * 2001) - 1000;
      const startedAt = Date.now();
      try {
        await client.query('begin');
        await client.query('insert into ledger_entry (id, account_id, amount) values ($1, $2, $3)', [id, account, amount]);
        await client.query('update account set balance = balance + $2 where id = $1', [account, amount]);
        const event = await client.query<{ position: string }>(
          "insert into event (entry_id, type) values ($1, 'PointsPosted') returning position",
          [id],
        );
        await client.query('commit');
        commits.push({ id, account, amount, position: Number(event.rows[0]!.position), startedAt, committedAt: Date.now() });
      } catch (error) {
        failures.push(error);
        await client.query('rollback').catch(() => undefined);
      } finally {
        client.release();
      }
    }
  };
  const loops = Array.from({ length: connections }, loop);
  return {
    commits,
    failures,
    /** resolves once at least `n` writes have committed */
    async waitFor(n: number) {
      while (commits.length < n) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async stop() {
      stopping = true;
      await Promise.all(loops);
      await pool.end();
    },
  };
}

export async function readDrillState(databaseUrl: string): Promise<DrillState> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const entries = await client.query<{ id: string; account_id: number; amount: string }>(
      'select id, account_id, amount from ledger_entry',
    );
    const events = await client.query<{ position: string; entry_id: string }>('select position, entry_id from event');
    const balances = await client.query<{ id: number; balance: string }>('select id, balance from account');
    return {
      entries: new Map(entries.rows.map((r) => [r.id, { account: r.account_id, amount: Number(r.amount) }])),
      events: new Map(events.rows.map((r) => [Number(r.position), r.entry_id])),
      balances: new Map(balances.rows.map((r) => [r.id, Number(r.balance)])),
    };
  } finally {
    await client.end();
  }
}

/**
 * What a restore must hold, against the writer's record and the backup's window [backupStartedAt,
 * backupFinishedAt]: every write acknowledged before the backup started, with its amount and event
 * position; nothing the writer started after the backup finished or never sent; no half-written
 * transaction (each entry has its event, each balance is the sum of its entries). Returns the
 * problems found (none: the restore is right) and the counts.
 */
export function checkRestore(state: DrillState, commits: Commit[], backupStartedAt: number, backupFinishedAt: number) {
  const problems: string[] = [];
  const byId = new Map(commits.map((c) => [c.id, c]));
  const before = commits.filter((c) => c.committedAt < backupStartedAt);
  for (const commit of before) {
    const entry = state.entries.get(commit.id);
    if (!entry) problems.push(`entry ${commit.id} committed before the backup is missing`);
    else if (entry.account !== commit.account || entry.amount !== commit.amount) problems.push(`entry ${commit.id} differs`);
    if (state.events.get(commit.position) !== commit.id)
      problems.push(`event ${commit.position} (entry ${commit.id}) is missing or differs`);
  }
  for (const [id] of state.entries) {
    const commit = byId.get(id);
    if (!commit) problems.push(`entry ${id} was never acknowledged to the writer`);
    else if (commit.startedAt > backupFinishedAt) problems.push(`entry ${id} was written after the backup finished`);
  }
  const eventsByEntry = new Map([...state.events].map(([position, entryId]) => [entryId, position]));
  for (const [id] of state.entries) {
    const position = eventsByEntry.get(id);
    if (position === undefined) problems.push(`entry ${id} has no event`);
    else if (byId.get(id) && byId.get(id)!.position !== position) problems.push(`entry ${id}'s event moved to position ${position}`);
  }
  for (const [, entryId] of state.events) if (!state.entries.has(entryId)) problems.push(`event of entry ${entryId} without its entry`);
  const sums = new Map<number, number>();
  for (const entry of state.entries.values()) sums.set(entry.account, (sums.get(entry.account) ?? 0) + entry.amount);
  for (const [account, balance] of state.balances) {
    if (balance !== (sums.get(account) ?? 0)) problems.push(`account ${account}: balance ${balance}, ledger sum ${sums.get(account) ?? 0}`);
  }
  const positions = [...state.events.keys()];
  return {
    problems,
    committedBeforeBackup: before.length,
    committedDuringBackup: commits.filter((c) => c.committedAt >= backupStartedAt && c.committedAt <= backupFinishedAt).length,
    committedInTotal: commits.length,
    restoredEntries: state.entries.size,
    restoredEvents: state.events.size,
    restoredLedgerSum: [...state.entries.values()].reduce((sum, e) => sum + e.amount, 0),
    restoredBalanceSum: [...state.balances.values()].reduce((sum, b) => sum + b, 0),
    lastRestoredPosition: positions.length ? Math.max(...positions) : 0,
  };
}
