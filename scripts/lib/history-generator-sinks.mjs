// Where a generated history goes (see README "Seeding a hospital history"):
// - `publishToAnalytics`: small scales. Each event is queued on analytics' own pg-boss queue
//   (`analytics.<EventType>`), so the running analytics service consumes it exactly as it consumes
//   the other services' events (consumeOnce → event_log → fact appliers → rollups). Only analytics'
//   queues: the other services never see the synthetic history.
// - `loadIntoAnalytics`: large scales (1,000,000 customers / 10,000,000 events). Events go in
//   batches straight into analytics.event_log (one multi-row insert per batch) and through the
//   same facts dispatcher (analyticsFacts) in the same transaction, one transaction per batch; an event
//   already in the log is skipped, so a rerun with the same seed adds nothing.

/** @typedef {import('@careline/service-kit').DomainEvent<unknown>} DomainEvent */
/** @typedef {import('@careline/service-kit').MikroORM['em']} EntityManager */
/** @typedef {import('@careline/service-kit').EventBus['jobs']} PgBoss */

import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { CompiledQuery } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';

const ANALYTICS = 'analytics';
const EVENT_BUS_SCHEMA = 'pgboss';

/**
 * A one-line progress bar on stderr: done / total, events/s, ETA. `fraction` may be given when only an estimate of the total exists.
 * @param {string} label
 * @param {{ stream?: NodeJS.WriteStream, every?: number }} [options] `every`: ms between redraws
 */
export function progressBar(label, { stream = process.stderr, every = 250 } = {}) {
  const started = performance.now();
  let last = 0;
  /** @param {number} s seconds */
  const format = (s) =>
    s >= 3600
      ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
      : s >= 60
        ? `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, '0')}s`
        : `${s.toFixed(0)}s`;
  /** @type {(events: number, fraction: number, final: boolean) => void} */
  const draw = (events, fraction, final) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = events / Math.max(seconds, 1e-3);
    const f = Math.min(1, Math.max(0, fraction));
    const width = 28;
    const filled = Math.round(f * width);
    const eta = f > 0 && !final ? format((seconds / f) * (1 - f)) : final ? 'done' : '?';
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(f * 100).toFixed(1).padStart(5)}% ${events.toLocaleString('en')} events  ${Math.round(rate).toLocaleString('en')} ev/s  ${final ? `in ${format(seconds)}` : `ETA ${eta}`}`;
    if (stream.isTTY) stream.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    else if (final || performance.now() - last > 5000) {
      stream.write(`${line}\n`);
      last = performance.now();
    }
  };
  let lastDraw = 0;
  return {
    /**
     * @param {number} events
     * @param {number} fraction how far through, 0–1
     */
    update(events, fraction) {
      const now = performance.now();
      if (now - lastDraw < every) return;
      lastDraw = now;
      draw(events, fraction, false);
    },
    /** @param {number} events */
    done(events) {
      draw(events, 1, true);
      const seconds = (performance.now() - started) / 1000;
      return { events, seconds, eventsPerSecond: events / Math.max(seconds, 1e-3) };
    },
  };
}

/**
 * Wraps a history so the caller learns how far through the customers it is (for the bar).
 * @template {DomainEvent} E
 * @param {Iterable<E>} events
 * @param {number} customers
 * @param {(events: number, fraction: number) => void} onEvent
 * @returns {Generator<E>}
 */
export function* tracked(events, customers, onEvent) {
  let registered = 0;
  let count = 0;
  for (const event of events) {
    if (event.type === 'CustomerRegistered') registered++;
    count++;
    onEvent(count, registered / customers);
    yield event;
  }
}

/** analytics' facts dispatcher (the one the consumers and the replay use), loaded from its sources. */
export async function analyticsFacts() {
  const { analyticsFacts: facts } = await import('../../services/analytics/src/service.ts');
  return facts;
}

/**
 * Applies `events` in batches through analytics' event_log and the facts dispatcher (set-based per
 * batch: FactDispatcher.applyBatch), one transaction per batch; into an empty analytics, the
 * secondary indexes the load does not read are built after it. `em` is a MikroORM EntityManager of
 * the analytics schema.
 * @param {EntityManager} em
 * @param {Iterable<DomainEvent>} events
 * @param {{ batch?: number, timeZone?: string, onBatch?: (progress: { events: number, applied: number, batches: number }) => void }} [options]
 * @returns {Promise<{ events: number, applied: number, skipped: number, batches: number, statements: number }>} `statements`: the SQL statements the batches sent
 */
export async function loadIntoAnalytics(em, events, { batch = 20_000, timeZone = 'Asia/Shanghai', onBatch = () => {} } = {}) {
  const facts = await analyticsFacts();
  const statements = sendParametersApart(em);
  try {
    // a load cut short left its committed batches' rollups staged: they go in before anything else
    await em.fork().transactional((tx) => facts.foldStaged(tx));
    const { empty, indexes } = await deferIndexes(em);
    try {
      const loaded = await loadBatches(em, facts, events, { batch, timeZone, empty, onBatch });
      await em.fork().transactional((tx) => facts.foldStaged(tx));
      return { ...loaded, statements: statements.count };
    } finally {
      await restoreIndexes(em, indexes);
    }
  } finally {
    statements.restore();
  }
}

/**
 * For the load's duration, the statements sent in a transaction through `em`'s connection carry
 * their parameters apart ($1, $2 … in the extended protocol) instead of inlined: MikroORM formats
 * every parameter into the SQL text (`Platform.formatQuery`, escaping a batch's JSON character by
 * character, then the server parses the literal again), which was a fifth of the seed's CPU.
 * Statements whose parameters are not plain scalars (MikroORM expands an array into a list), or
 * whose text has `??` identifiers, still go the ORM's way. Counts every statement sent.
 * @param {EntityManager} em
 * @returns {{ readonly count: number, restore: () => void }}
 */
function sendParametersApart(em) {
  const connection = /** @type {any} */ (em.getConnection());
  const own = Object.prototype.hasOwnProperty.call(connection, 'execute');
  const previous = connection.execute;
  let count = 0;
  /** @type {(query: unknown, params?: unknown[], method?: 'all' | 'get' | 'run', ctx?: any, loggerContext?: unknown) => Promise<unknown>} */
  connection.execute = async function execute(query, params = [], method = 'all', ctx, loggerContext) {
    count++;
    const text = ctx && typeof query === 'string' && Array.isArray(params) ? numberedPlaceholders(query, params) : null;
    if (text === null) return previous.call(this, query, params, method, ctx, loggerContext);
    const result = await ctx.executeQuery(CompiledQuery.raw(text, params));
    return this.transformRawResult(result, method);
  };
  return {
    get count() {
      return count;
    },
    restore() {
      if (own) connection.execute = previous;
      else delete connection.execute;
    },
  };
}

/**
 * `text` with its `?` placeholders numbered ($1 …), outside quoted strings and identifiers; null
 * when it cannot be sent that way (`??`, a count that does not match, a parameter that is not a
 * string, number, boolean or null).
 * @param {string} text
 * @param {unknown[]} params
 * @returns {string | null}
 */
export function numberedPlaceholders(text, params) {
  for (const p of params) if (p !== null && typeof p !== 'string' && typeof p !== 'number' && typeof p !== 'boolean') return null;
  let out = '';
  let n = 0;
  /** @type {string | null} */
  let quote = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '?') {
      if (text[i + 1] === '?' || text[i - 1] === '\\') return null;
      out += `${text.slice(from, i)}$${++n}`;
      from = i + 1;
    }
  }
  if (n !== params.length) return null;
  return out + text.slice(from);
}

/**
 * Secondary indexes the load itself never reads (the dashboards' and the replay's), on the tables
 * it writes most: into an empty analytics they are dropped for the load and built once after it,
 * then the tables analysed, which is cheaper than keeping them up to date row by row.
 */
const DEFERRED_INDEX_TABLES = [
  'event_log',
  'kpi_daily',
  'customer_fact',
  'ma_customer_daily',
  'ma_customer_staff_daily',
  'ma_customer_department_daily',
  'ma_consumption',
  'ma_customer',
  'ma_member',
  'ma_member_points',
];
/**
 * tables rewritten in the order of their marked index (`alter table … cluster on`) after a load into
 * an empty analytics: kpi_daily, which the load writes once at its end in that order, but rows of
 * varying length slip into the gaps earlier pages left (the free space map), one a page or so
 */
const CLUSTERED_AFTER_LOAD = ['kpi_daily'];
/** and these of tables the load reads by another index (care_fact by subject, its primary key) */
const DEFERRED_INDEXES = ['care_fact_link_idx', 'care_fact_pending_staff_idx'];

/**
 * @param {EntityManager} em
 * @returns {Promise<{ empty: boolean, indexes: { name: string, definition: string }[] }>} whether the event log was empty, and the indexes dropped (none unless it was)
 */
async function deferIndexes(em) {
  const connection = em.getConnection();
  const [log] = await connection.execute(`select exists (select 1 from "${ANALYTICS}"."event_log") as filled`);
  if (log.filled) return { empty: false, indexes: [] };
  /** @type {{ name: string, definition: string }[]} */
  const indexes = await connection.execute(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
     where n.nspname = ? and (t.relname = any(?::text[]) or i.relname = any(?::text[])) and not x.indisprimary and not x.indisunique`,
    [ANALYTICS, `{${DEFERRED_INDEX_TABLES.join(',')}}`, `{${DEFERRED_INDEXES.join(',')}}`],
  );
  for (const index of indexes) await connection.execute(`drop index "${ANALYTICS}"."${index.name}"`);
  return { empty: true, indexes };
}

/**
 * @param {EntityManager} em
 * @param {{ name: string, definition: string }[]} indexes
 */
async function restoreIndexes(em, indexes) {
  const connection = em.getConnection();
  // a month of one measure then lies on a few hundred pages together; before the deferred indexes,
  // which are then built once, on the rewritten table
  if (indexes.length) for (const table of CLUSTERED_AFTER_LOAD) await connection.execute(`cluster "${ANALYTICS}"."${table}"`);
  for (const index of indexes) await connection.execute(index.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
  // VACUUM as well as ANALYZE: tables loaded in bulk have no visibility map until autovacuum comes
  // by, and without it no index-only scan can skip the heap (the member KPIs' partial index, the
  // dashboards' first queries after a seed)
  // dashboards' first queries after a seed); analytics' tables only, and not the event log, which
  // only the replay reads, in its order (autovacuum comes by in time): half the data, not needed now
  if (indexes.length) {
    const tables = await analyticsTables(em, NOT_VACUUMED_AFTER_LOAD);
    await connection.execute(`vacuum (analyze) ${tables.join(', ')}`);
    await connection.execute(`analyze "${ANALYTICS}"."event_log"`);
  }
}

/** tables whose visibility map no query needs after a load into an empty analytics */
const NOT_VACUUMED_AFTER_LOAD = ['event_log', 'kpi_daily_load'];

/**
 * analytics' tables but `except`, schema-qualified and quoted
 * @param {EntityManager} em
 * @param {string[]} except
 * @returns {Promise<string[]>}
 */
async function analyticsTables(em, except) {
  /** @type {{ name: string }[]} */
  const tables = await em.getConnection().execute(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = ? and c.relkind = 'r' and not (c.relname = any(?::text[])) order by c.relname`,
    [ANALYTICS, `{${except.join(',')}}`],
  );
  return tables.map((t) => `"${ANALYTICS}"."${t.name}"`);
}

/**
 * @param {EntityManager} em
 * @param {Awaited<ReturnType<typeof analyticsFacts>>} facts
 * @param {Iterable<DomainEvent>} events
 * @param {{ batch: number, timeZone: string, empty: boolean, onBatch: (progress: { events: number, applied: number, batches: number }) => void }} options
 */
async function loadBatches(em, facts, events, { batch, timeZone, empty, onBatch }) {
  const clients = await checkedOutClients(em);
  try {
    return await loadBatchesWith(em, facts, events, clients, { batch, timeZone, empty, onBatch });
  } finally {
    clients.stop();
  }
}

/**
 * The `pg` clients of `em`'s pool checked out at the moment (a transaction's among them): COPY needs
 * the client itself, which MikroORM and Kysely keep to themselves. Followed through the pool's own
 * `acquire` / `release` events.
 * @param {EntityManager} em
 */
async function checkedOutClients(em) {
  const pool = /** @type {import('pg').Pool} */ (await /** @type {any} */ (em.getConnection()).getNativeClient());
  /** @type {Set<import('pg').PoolClient>} */
  const out = new Set();
  /** @param {import('pg').PoolClient} client */
  const acquired = (client) => out.add(client);
  /** @param {Error | undefined} _error @param {import('pg').PoolClient} client */
  const released = (_error, client) => out.delete(client);
  pool.on('acquire', acquired);
  pool.on('release', released);
  return {
    /** @param {number} pid the server process of the transaction */
    of(pid) {
      const client = [...out].find((c) => /** @type {any} */ (c).processID === pid);
      if (!client) throw new Error(`no checked-out connection of the pool is server process ${pid}`);
      return client;
    },
    stop() {
      pool.off('acquire', acquired);
      pool.off('release', released);
    },
  };
}

/** @type {WeakSet<object>} the clients that already have the COPY staging table */
const staged = new WeakSet();

/**
 * Writes a batch to analytics.event_log, skipping events already there, in `tx`'s transaction:
 * COPY … FROM STDIN into a temporary staging table (text format, one line per event, its payload as
 * JSON), then one INSERT … SELECT … ON CONFLICT DO NOTHING. The ids written come back. When the
 * load began on an empty log (`direct`), no event of it can be there yet but from an earlier batch
 * of the same load, whose ids differ: the batch is copied into event_log itself (a repeated id
 * would stop the load at its primary key, not go by unnoticed).
 * @param {EntityManager} tx
 * @param {import('pg').PoolClient} client the transaction's
 * @param {DomainEvent[]} list
 * @param {boolean} direct
 * @returns {Promise<{ event_id: string }[]>}
 */
async function logEvents(tx, client, list, direct) {
  if (direct) {
    // received_at: its default, now(), the transaction's time as the INSERT's
    const copy = client.query(copyFrom(`copy "${ANALYTICS}"."event_log" (event_id, event_type, occurred_at, payload) from stdin`));
    await pipeline(Readable.from(copyLines(list)), copy);
    return list.map((event) => ({ event_id: event.id }));
  }
  if (!staged.has(client)) {
    await tx.execute(
      `create temporary table if not exists seed_event (event_id uuid, event_type text, occurred_at timestamptz, payload jsonb) on commit delete rows`,
    );
    staged.add(client);
  }
  const copy = client.query(copyFrom(`copy pg_temp.seed_event (event_id, event_type, occurred_at, payload) from stdin`));
  await pipeline(Readable.from(copyLines(list)), copy);
  return tx.execute(
    `insert into "${ANALYTICS}"."event_log" (event_id, event_type, occurred_at, payload, received_at)
     select event_id, event_type, occurred_at, payload, now() from pg_temp.seed_event
     on conflict (event_id) do nothing returning event_id`,
  );
}

/**
 * A FactContext `stage` that streams the rows with COPY … FROM STDIN on the transaction's client.
 * @param {import('pg').PoolClient} client
 * @returns {import('../../services/analytics/src/modules/facts/fact-dispatcher.ts').RowStager}
 */
function copyStager(client) {
  return async (table, columns, rows) => {
    if (rows.length === 0) return;
    const copy = client.query(copyFrom(`copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`));
    await pipeline(Readable.from(copyRows(rows)), copy);
  };
}

/**
 * Rows as COPY text lines, a few hundred rows per chunk.
 * @param {readonly (readonly (string | number)[])[]} rows
 */
function* copyRows(rows) {
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    chunk += `${rows[i].map((v) => copyText(String(v))).join('\t')}\n`;
    if (i % 500 === 499) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped. */
const COPY_SPECIAL = /[\\\t\n\r]/;
/** @param {string} value */
const copyText = (value) =>
  COPY_SPECIAL.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;

/**
 * The batch as COPY text lines, a few hundred events per chunk.
 * @param {DomainEvent[]} list
 */
function* copyLines(list) {
  let chunk = '';
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    chunk += `${copyText(e.id)}\t${copyText(e.type)}\t${copyText(e.occurredAt)}\t${copyText(JSON.stringify(e.data))}\n`;
    if (i % 500 === 499) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** tables the load writes but never reads back: their statistics do not steer its statements */
const NOT_READ_BY_THE_LOAD = ['event_log', 'kpi_daily', 'kpi_daily_load'];

/**
 * ANALYZE of the tables the load reads (the batch's stored facts by key and by customer), after
 * the 1st, 2nd, 4th, 8th … batch: tables that grow from empty during the load have no statistics
 * until autovacuum gets to them, and it had not, at a million customers, by the end: the planner
 * then took each of a batch's 20,000 keys for 226 rows of care_fact and read the table by bitmap
 * scans in parallel workers instead of probing its primary key, ever slower as it grew. Powers of
 * two keep the estimates within a factor of two of the truth for ≈ log₂(batches) runs (10 at a
 * million customers, each sampling at most 30,000 rows a table).
 * @param {EntityManager} em
 */
async function analyzeWhatTheLoadReads(em) {
  const tables = await analyticsTables(em, NOT_READ_BY_THE_LOAD);
  await em.getConnection().execute(`analyze ${tables.join(', ')}`);
}

/**
 * @param {EntityManager} em
 * @param {Awaited<ReturnType<typeof analyticsFacts>>} facts
 * @param {Iterable<DomainEvent>} events
 * @param {Awaited<ReturnType<typeof checkedOutClients>>} clients
 * @param {{ batch: number, timeZone: string, empty: boolean, onBatch: (progress: { events: number, applied: number, batches: number }) => void }} options
 */
async function loadBatchesWith(em, facts, events, clients, { batch, timeZone, empty, onBatch }) {
  let seen = 0;
  let applied = 0;
  let batches = 0;
  /** @type {DomainEvent[]} */
  let pending = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const list = pending;
    pending = [];
    await em.fork().transactional(async (tx) => {
      const [{ pid }] = await tx.execute(`select pg_backend_pid() as pid`);
      const client = clients.of(pid);
      const inserted = await logEvents(tx, client, list, empty);
      const fresh = new Set(inserted.map((row) => row.event_id));
      const events = list.filter((event) => fresh.has(event.id));
      // into an empty analytics, kpi_daily's changes are staged (COPY) and written once, after the last batch
      await facts.applyBatch(tx, events, { timeZone, ...(empty ? { stage: copyStager(client) } : {}) });
      applied += events.length;
    });
    batches++;
    if ((batches & (batches - 1)) === 0) await analyzeWhatTheLoadReads(em);
    onBatch({ events: seen, applied, batches });
  };
  for (const event of events) {
    pending.push(event);
    seen++;
    if (pending.length >= batch) await flush();
  }
  await flush();
  return { events: seen, applied, skipped: seen - applied, batches };
}

/**
 * Queues `events` on analytics' own pg-boss queues (the running analytics service consumes them).
 * Event types analytics does not subscribe to (no queue) are counted and left out.
 * @param {PgBoss} boss
 * @param {Iterable<DomainEvent>} events
 * @param {{ batch?: number, onBatch?: (progress: { events: number, queued: number }) => void }} [options]
 * @returns {Promise<{ events: number, queued: number, withoutQueue: Record<string, number> }>}
 */
export async function publishToAnalytics(boss, events, { batch = 1000, onBatch = () => {} } = {}) {
  /** @type {Map<string, boolean>} */
  const queues = new Map();
  /** @param {string} type */
  const hasQueue = async (type) => {
    if (!queues.has(type)) queues.set(type, Boolean(await boss.getQueue(`${ANALYTICS}.${type}`)));
    return queues.get(type);
  };
  /** @type {Record<string, number>} */
  const withoutQueue = {};
  let seen = 0;
  let queued = 0;
  /** @type {Map<string, DomainEvent[]>} */
  let pending = new Map();
  let size = 0;
  const flush = async () => {
    for (const [type, list] of pending) {
      // the event id as the job id: queuing the same history twice queues each event once
      await boss.insert(
        `${ANALYTICS}.${type}`,
        list.map((event) => ({ id: event.id, data: event })),
      );
      queued += list.length;
    }
    pending = new Map();
    size = 0;
    onBatch({ events: seen, queued });
  };
  for (const event of events) {
    seen++;
    if (!(await hasQueue(event.type))) {
      withoutQueue[event.type] = (withoutQueue[event.type] ?? 0) + 1;
      continue;
    }
    let list = pending.get(event.type);
    if (!list) pending.set(event.type, (list = []));
    list.push(event);
    if (++size >= batch) await flush();
  }
  await flush();
  return { events: seen, queued, withoutQueue };
}

/**
 * Resolves when analytics' queues are empty (every queued event consumed), reporting what is left.
 * @param {PgBoss} boss
 * @param {readonly string[]} types the event types whose queues to wait for
 * @param {{ timeoutMs?: number, onLeft?: (left: number) => void }} [options]
 * @returns {Promise<void>}
 */
export async function drainAnalyticsQueues(boss, types, { timeoutMs = 30 * 60_000, onLeft = () => {} } = {}) {
  const names = types.map((t) => `${ANALYTICS}.${t}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // counted in the job table itself: the queue statistics are only refreshed by pg-boss's monitor
    const { rows } = await boss
      .getDb()
      .executeSql(`select count(*)::int as left from "${EVENT_BUS_SCHEMA}"."job" where name = any($1::text[]) and state < 'completed'`, [
        names,
      ]);
    const left = rows[0].left;
    onLeft(left);
    if (left === 0) return;
    if (Date.now() > deadline) throw new Error(`${left} events still queued for analytics after ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
