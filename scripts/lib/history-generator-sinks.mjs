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
 * @returns {Promise<{ events: number, applied: number, skipped: number, batches: number }>}
 */
export async function loadIntoAnalytics(em, events, { batch = 5000, timeZone = 'Asia/Shanghai', onBatch = () => {} } = {}) {
  const facts = await analyticsFacts();
  const deferred = await deferIndexes(em);
  try {
    return await loadBatches(em, facts, events, { batch, timeZone, onBatch });
  } finally {
    await restoreIndexes(em, deferred);
  }
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
];

/**
 * @param {EntityManager} em
 * @returns {Promise<{ name: string, definition: string }[]>} the indexes dropped (none unless analytics is empty)
 */
async function deferIndexes(em) {
  const connection = em.getConnection();
  const [log] = await connection.execute(`select exists (select 1 from "${ANALYTICS}"."event_log") as filled`);
  if (log.filled) return [];
  /** @type {{ name: string, definition: string }[]} */
  const indexes = await connection.execute(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
     where n.nspname = ? and t.relname = any(?::text[]) and not x.indisprimary and not x.indisunique`,
    [ANALYTICS, `{${DEFERRED_INDEX_TABLES.join(',')}}`],
  );
  for (const index of indexes) await connection.execute(`drop index "${ANALYTICS}"."${index.name}"`);
  return indexes;
}

/**
 * @param {EntityManager} em
 * @param {{ name: string, definition: string }[]} indexes
 */
async function restoreIndexes(em, indexes) {
  const connection = em.getConnection();
  for (const index of indexes) await connection.execute(index.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '));
  if (indexes.length) await connection.execute(`analyze`);
}

/**
 * @param {EntityManager} em
 * @param {Awaited<ReturnType<typeof analyticsFacts>>} facts
 * @param {Iterable<DomainEvent>} events
 * @param {{ batch: number, timeZone: string, onBatch: (progress: { events: number, applied: number, batches: number }) => void }} options
 */
async function loadBatches(em, facts, events, { batch, timeZone, onBatch }) {
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
      const inserted = await tx.execute(
        `insert into "${ANALYTICS}"."event_log" (event_id, event_type, occurred_at, payload, received_at)
         select (e->>'id')::uuid, e->>'type', (e->>'occurredAt')::timestamptz, e->'data', now() from jsonb_array_elements(?::jsonb) as e
         on conflict (event_id) do nothing returning event_id`,
        [JSON.stringify(list)],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      const events = list.filter((event) => fresh.has(event.id));
      await facts.applyBatch(tx, events, { timeZone });
      applied += events.length;
    });
    batches++;
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
