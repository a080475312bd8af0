import type pg from 'pg';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { EventBusConfig } from './bus-config.js';
import { emitBusMetric } from './bus-metrics.js';
import type { DomainEvent } from './event-bus.js';

/** The outbox of the NATS bus: events written with the writer's change, relayed to JetStream. */
export const OUTBOX_SCHEMA = 'event_outbox';

/**
 * Creates the outbox table once per database; replicas starting together wait on one lock. A
 * service's bus connects acting as careline_bus, which owns the schema (made when the service's roles
 * were provisioned, so `createSchema` is false: its runtime login may not create schemas) and so the
 * table; each service's runtime role writes to it as a member of careline_bus (docs/data-protection.md).
 */
export async function ensureOutbox(pool: pg.Pool, options: { createSchema?: boolean } = {}): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select pg_advisory_xact_lock(hashtext('careline.event_outbox'))`);
    if (options.createSchema ?? true) await client.query(`create schema if not exists ${OUTBOX_SCHEMA}`);
    await client.query(
      `create table if not exists ${OUTBOX_SCHEMA}.outbox (
         seq bigint generated always as identity primary key,
         id uuid not null unique,
         subject text not null,
         event jsonb not null,
         created_at timestamptz not null default now(),
         published_at timestamptz
       )`,
    );
    await client.query(`create index if not exists outbox_pending on ${OUTBOX_SCHEMA}.outbox (seq) where published_at is null`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The insert `publish` runs on the writer's transaction. */
export const insertOutboxSql = `insert into ${OUTBOX_SCHEMA}.outbox (id, subject, event) values ($1, $2, $3::jsonb)`;

/** The insert `publishAll` runs on the writer's transaction: every event in one statement, in order. */
export const insertOutboxManySql = `insert into ${OUTBOX_SCHEMA}.outbox (id, subject, event)
  select e.id, $2, e.event from unnest($1::uuid[], $3::jsonb[]) with ordinality as e(id, event, n) order by e.n`;

export function outboxManyValues(subject: string, events: DomainEvent<unknown>[]): unknown[] {
  return [events.map((event) => event.id), subject, events.map((event) => JSON.stringify(event))];
}

export function outboxValues(subject: string, event: DomainEvent<unknown>): unknown[] {
  return [event.id, subject, JSON.stringify(event)];
}

/**
 * Moves committed outbox rows to JetStream. It runs on every replica: a pass claims the oldest
 * pending rows with `FOR UPDATE SKIP LOCKED`, so two relays never send the same row at the same time,
 * publishes them in order with the event id as `Nats-Msg-Id`, and marks them published in the same
 * transaction. A relay that dies after publishing and before committing leaves the rows pending; the
 * next pass sends them again and JetStream drops the copies (same message id within the stream's
 * duplicate window), and consumers drop any later copy by event id (processed_event).
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private lastPrune = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly js: JetStreamClient,
    private readonly config: EventBusConfig,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the pass in progress (its rows are committed or left pending), then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** One pass: relays up to a batch of pending rows; returns how many it sent. */
  async relayOnce(batch = 100): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ seq: string; id: string; subject: string; event: unknown; age: number }>(
        `select seq, id, subject, event, extract(epoch from now() - created_at)::float8 as age
           from ${OUTBOX_SCHEMA}.outbox where published_at is null
          order by seq limit $1 for update skip locked`,
        [batch],
      );
      emitBusMetric({ name: 'outbox_lag_seconds', kind: 'gauge', value: rows[0]?.age ?? 0, labels: {} });
      for (const row of rows) {
        await this.js.publish(row.subject, JSON.stringify(row.event), { msgID: row.id, expect: { streamName: this.config.natsStream } });
      }
      if (rows.length) {
        await client.query(`update ${OUTBOX_SCHEMA}.outbox set published_at = now() where seq = any($1::bigint[])`, [
          rows.map((r) => r.seq),
        ]);
      }
      await client.query('commit');
      if (rows.length) emitBusMetric({ name: 'outbox_relayed', kind: 'counter', value: rows.length, labels: {} });
      return rows.length;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.relayOnce();
        failures = 0;
        await this.prune();
      } catch (error) {
        failures++;
        emitBusMetric({ name: 'outbox_relay_failed', kind: 'counter', value: 1, labels: {} });
        // writers are not affected: their events wait in the outbox until NATS is back
        this.log.warn({ err: error, failures }, 'outbox relay pass failed; retrying');
      }
      if (sent > 0 && failures === 0) continue;
      const pause = failures ? Math.min(this.config.outboxPollMs * 2 ** failures, 10_000) : this.config.outboxPollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Deletes rows published longer ago than the retention, about once a minute (safe on every replica). */
  private async prune(): Promise<void> {
    if (Date.now() - this.lastPrune < 60_000) return;
    this.lastPrune = Date.now();
    await this.pool.query(`delete from ${OUTBOX_SCHEMA}.outbox where published_at < now() - make_interval(hours => $1)`, [
      this.config.outboxRetentionHours,
    ]);
  }
}
