import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { EventBusConfig } from './bus-config.js';
import { emitBusMetric, secondsSince } from './bus-metrics.js';
import {
  newEvent,
  notKeptError,
  writerTransaction,
  type BatchHandler,
  type BatchOptions,
  type DomainEvent,
  type EventBus,
  type EventBusOptions,
  type EventHandler,
} from './event-bus.js';
import { JobQueue } from './job-queue.js';
import { ensureOutbox, insertOutboxManySql, insertOutboxSql, OutboxRelay, outboxManyValues, outboxValues } from './outbox.js';

const nanos = (seconds: number) => Math.round(seconds * 1e9);

/** `<prefix>.<EventType>`: the subject an event type travels on. */
export function natsSubject(config: Pick<EventBusConfig, 'natsSubjectPrefix'>, type: string): string {
  return `${config.natsSubjectPrefix}.${type}`;
}

/** `<consumer>__<EventType>`: the durable JetStream consumer of one service for one event type. */
export function natsDurableName(consumer: string, type: string): string {
  return `${consumer}__${type}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

const isApiError = (error: unknown, code: number) => error instanceof JetStreamApiError && error.code === code;

interface Subscription {
  /** stops pulling; messages already pulled are handed back by the loop */
  halt: () => void;
  loop: Promise<void>;
}

/** How long a durable consumer seen on a type's subject counts as keeping it (`publishAll`'s `required`). */
const KEPT_RECHECK_MS = 5000;
/** How long a batch pull waits for a batch to fill (the least nats.js allows). */
const BATCH_PULL_EXPIRES_MS = 1000;

interface InFlight {
  message: JsMsg;
  /** stop() gave it back to the stream: the handler's outcome is no longer this worker's to report */
  handedBack: boolean;
}

/**
 * The bus on NATS JetStream (EVENT_BUS=nats). Publishing writes the event to the outbox table on the
 * writer's transaction; an OutboxRelay on every replica moves committed rows to the stream. Each
 * service has a durable pull consumer per event type; its replicas pull from the same consumer, so
 * each event goes to one of them, and an event is acknowledged only after the handler (and so its
 * transaction) finished. A handler that throws gets the event again after a back-off; a worker that
 * dies loses it after the ack wait (the lease), and another replica gets it.
 */
export class NatsEventBus implements EventBus {
  readonly kind = 'nats';
  private readonly subscriptions: Subscription[] = [];
  private readonly inFlight = new Set<InFlight>();
  /** event type → when a durable consumer on its subject was last seen (`required`) */
  private readonly kept = new Map<string, number>();
  private stopping = false;

  private constructor(
    readonly jobs: JobQueue,
    private readonly config: EventBusConfig,
    private readonly source: string,
    private readonly log: Logger,
    private readonly pool: pg.Pool,
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly relay: OutboxRelay,
  ) {}

  static async start(config: EventBusConfig, options: EventBusOptions): Promise<NatsEventBus> {
    const cleanup: (() => Promise<unknown>)[] = [];
    try {
      const jobs = await JobQueue.open(config, options);
      cleanup.push(() => jobs.close());
      const pool = new pg.Pool({ connectionString: options.connectionString, max: 2, application_name: `${options.source}:outbox` });
      // an idle connection the server drops would otherwise be thrown as an unhandled 'error' event
      pool.on('error', (error) => options.log.warn({ err: error }, 'outbox connection lost; reconnecting on next use'));
      cleanup.push(() => pool.end());
      await ensureOutbox(pool, { createSchema: options.createSchema });
      const nc = await connect({ servers: config.natsServers, name: options.source, maxReconnectAttempts: -1 });
      cleanup.push(() => nc.close());
      const js = jetstream(nc);
      const jsm = await jetstreamManager(nc);
      await ensureStream(jsm, config);
      const relay = new OutboxRelay(pool, js, config, options.log);
      relay.start();
      return new NatsEventBus(jobs, config, options.source, options.log, pool, nc, js, jsm, relay);
    } catch (error) {
      for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
      throw error;
    }
  }

  async publish<T extends object>(em: EntityManager, type: string, data: T): Promise<DomainEvent<T>> {
    const db = writerTransaction(em, type);
    const event = newEvent(this.source, type, data);
    await db.executeSql(insertOutboxSql, outboxValues(natsSubject(this.config, type), event));
    return event;
  }

  /**
   * All events in one multi-row INSERT into the outbox on the writer's transaction. `required`: some
   * service must keep the type, i.e. a durable consumer on the type's subject exists on the stream
   * (what `ensureSubscription` and `subscribe` create); a durable consumer keeps every event
   * published after it was created until it is acknowledged, whether its service runs or not.
   */
  async publishAll<T extends object>(
    em: EntityManager,
    type: string,
    data: readonly T[],
    options: { required?: boolean } = {},
  ): Promise<DomainEvent<T>[]> {
    const db = writerTransaction(em, type);
    if (!data.length) return [];
    if (options.required) await this.assertKept(type);
    const events = data.map((item) => newEvent(this.source, type, item));
    await db.executeSql(insertOutboxManySql, outboxManyValues(natsSubject(this.config, type), events));
    return events;
  }

  async ensureSubscription(consumer: string, type: string): Promise<void> {
    await ensureConsumer(this.jsm, this.config.natsStream, this.consumerConfig(consumer, type));
    this.kept.set(type, Date.now());
  }

  /**
   * Throws unless a durable consumer keeps `type`. A consumer seen within KEPT_RECHECK_MS is taken
   * as still there, so a burst of writers asks NATS once; while NATS is out of reach, a consumer
   * seen before still counts (it outlives the outage, and the outbox holds the events meanwhile).
   */
  private async assertKept(type: string): Promise<void> {
    const seen = this.kept.get(type);
    if (seen !== undefined && Date.now() - seen < KEPT_RECHECK_MS) return;
    let found: boolean;
    try {
      found = await this.hasDurableConsumer(type);
    } catch (error) {
      if (seen === undefined) throw error;
      this.log.warn({ err: error, type }, 'could not check who keeps the events; the consumer seen before counts');
      this.kept.set(type, Date.now());
      return;
    }
    if (!found) {
      this.kept.delete(type);
      throw notKeptError(type);
    }
    this.kept.set(type, Date.now());
  }

  private async hasDurableConsumer(type: string): Promise<boolean> {
    const subject = natsSubject(this.config, type);
    for await (const info of this.jsm.consumers.list(this.config.natsStream)) {
      const { durable_name, filter_subject, filter_subjects } = info.config;
      if (durable_name && (filter_subject === subject || filter_subjects?.includes(subject))) return true;
    }
    return false;
  }

  /** The durable consumer of `consumer` for `type`, one setting for every caller (so none undoes another's). */
  private consumerConfig(consumer: string, type: string) {
    return {
      durable_name: natsDurableName(consumer, type),
      filter_subject: natsSubject(this.config, type),
      ack_policy: AckPolicy.Explicit,
      // a consumer created after events were published still gets what the stream keeps
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.config.leaseSeconds),
      max_deliver: this.config.retryLimit + 1,
      max_ack_pending: 1000,
    };
  }

  async subscribe<T>(consumer: string, type: string, handle: EventHandler<T>): Promise<void> {
    const consumerConfig = this.consumerConfig(consumer, type);
    const durable = consumerConfig.durable_name;
    const labels = { bus: this.kind, consumer, type };
    const pull = async () => {
      await ensureConsumer(this.jsm, this.config.natsStream, consumerConfig);
      this.kept.set(type, Date.now());
      const pulled = await this.js.consumers.get(this.config.natsStream, durable);
      // a deleted consumer ends the iterator, and the loop below creates it again
      return pulled.consume({ max_messages: this.config.batchSize, abort_on_missing_resource: true });
    };
    let messages = await pull();
    const subscription: Subscription = { halt: () => messages.stop(), loop: Promise.resolve() };
    subscription.loop = (async () => {
      // nats.js recovers pulls across reconnects itself; should the iterator end (the consumer was
      // deleted, e.g. to replay; an error), create the consumer and pull again rather than leave the
      // service deaf to this event type
      while (!this.stopping) {
        try {
          for await (const message of messages) {
            if (this.stopping) {
              settle(() => message.nak());
              continue;
            }
            await this.handleMessage(message, handle, labels);
          }
        } catch (error) {
          this.log.error({ err: error, ...labels }, 'event consumer failed');
        }
        if (this.stopping) break;
        this.log.warn(labels, 'event consumer ended; pulling again');
        await new Promise((resolve) => setTimeout(resolve, 1000));
        try {
          if (!this.stopping) messages = await pull();
        } catch (error) {
          this.log.error({ err: error, ...labels }, 'event consumer could not pull');
        }
      }
    })();
    this.subscriptions.push(subscription);
  }

  private async handleMessage<T>(message: JsMsg, handle: EventHandler<T>, labels: Record<string, string>): Promise<void> {
    const entry: InFlight = { message, handedBack: false };
    this.inFlight.add(entry);
    // tells the server the handler is still at work, so only a dead worker loses the event
    const keepAlive = setInterval(() => settle(() => message.working()), (this.config.leaseSeconds * 1000) / 2);
    let event: DomainEvent<T> | undefined;
    try {
      event = message.json<DomainEvent<T>>();
      await handle(event);
      if (entry.handedBack) return;
      // acknowledged only now that the handler's transaction committed; an ack lost on the way means
      // one more delivery, which the consumer's processed_event turns into nothing
      await message.ackAck().catch(() => undefined);
      emitBusMetric({ name: 'event_handled', kind: 'counter', value: 1, labels });
      emitBusMetric({ name: 'event_lag_seconds', kind: 'observation', value: secondsSince(event.occurredAt), labels });
      this.log.debug({ eventId: event.id, ...labels }, 'event consumed');
    } catch (error) {
      if (entry.handedBack) return;
      const attempt = message.info.deliveryCount;
      const final = attempt > this.config.retryLimit;
      emitBusMetric({ name: 'event_failed', kind: 'counter', value: 1, labels: { ...labels, final: String(final) } });
      this.log[final ? 'error' : 'warn']({ err: error, eventId: event?.id, ...labels, attempt }, 'event handler failed');
      // retried after 1 s, 2 s, 4 s … up to 5 minutes, like the pg-boss queues; given up after the last try
      settle(() => (final ? message.term('handler failed on every try') : message.nak(Math.min(1000 * 2 ** (attempt - 1), 300_000))));
    } finally {
      clearInterval(keepAlive);
      this.inFlight.delete(entry);
    }
  }

  /**
   * `workers` loops per replica, each pulling up to `batchSize` events from the service's durable
   * consumer (a pull ends when the batch is full or after BATCH_PULL_EXPIRES_MS), running the
   * handler once for the batch, then acknowledging all of it; a failing batch is handed back whole.
   */
  async subscribeBatch<T>(consumer: string, type: string, options: BatchOptions, handle: BatchHandler<T>): Promise<void> {
    const durable = natsDurableName(consumer, type);
    const labels = { bus: this.kind, consumer, type };
    await this.ensureSubscription(consumer, type);
    for (let worker = 0; worker < options.workers; worker++) {
      let pulling: ConsumerMessages | undefined;
      const subscription: Subscription = { halt: () => pulling?.stop(), loop: Promise.resolve() };
      subscription.loop = (async () => {
        while (!this.stopping) {
          const batch: JsMsg[] = [];
          try {
            const pulled = await this.js.consumers.get(this.config.natsStream, durable);
            pulling = await pulled.fetch({ max_messages: options.batchSize, expires: BATCH_PULL_EXPIRES_MS });
            for await (const message of pulling) batch.push(message);
          } catch (error) {
            for (const message of batch) settle(() => message.nak());
            if (this.stopping) break;
            // e.g. the consumer was deleted (to replay) or NATS is away: create it again and pull again
            this.log.warn({ err: error, ...labels }, 'event batch pull failed; pulling again');
            await new Promise((resolve) => setTimeout(resolve, 1000));
            await this.ensureSubscription(consumer, type).catch(() => undefined);
            continue;
          }
          if (this.stopping) {
            for (const message of batch) settle(() => message.nak());
            break;
          }
          if (batch.length) await this.handleBatch(batch, handle, labels);
        }
      })();
      this.subscriptions.push(subscription);
    }
  }

  private async handleBatch<T>(messages: JsMsg[], handle: BatchHandler<T>, labels: Record<string, string>): Promise<void> {
    const entries = messages.map((message): InFlight => ({ message, handedBack: false }));
    for (const entry of entries) this.inFlight.add(entry);
    const keepAlive = setInterval(
      () => {
        for (const message of messages) settle(() => message.working());
      },
      (this.config.leaseSeconds * 1000) / 2,
    );
    const handedBack = () => entries.some((entry) => entry.handedBack);
    try {
      const events = messages.map((message) => message.json<DomainEvent<T>>());
      await handle(events);
      if (handedBack()) return;
      // acknowledged only now that the batch's transaction committed; a lost ack means one more
      // delivery, which the handler (idempotent per event) turns into nothing
      for (const message of messages) settle(() => message.ack());
      await this.nc.flush().catch(() => undefined);
      emitBusMetric({ name: 'event_handled', kind: 'counter', value: messages.length, labels });
      for (const event of events) {
        emitBusMetric({ name: 'event_lag_seconds', kind: 'observation', value: secondsSince(event.occurredAt), labels });
      }
      this.log.debug({ count: messages.length, ...labels }, 'events consumed');
    } catch (error) {
      if (handedBack()) return;
      const final = messages.some((message) => message.info.deliveryCount > this.config.retryLimit);
      emitBusMetric({ name: 'event_failed', kind: 'counter', value: messages.length, labels: { ...labels, final: String(final) } });
      this.log[final ? 'error' : 'warn']({ err: error, count: messages.length, ...labels }, 'event batch handler failed');
      // each event backs off by its own attempts, like `subscribe`; one past the last try is given up
      for (const message of messages) {
        const attempt = message.info.deliveryCount;
        settle(() =>
          attempt > this.config.retryLimit
            ? message.term('handler failed on every try')
            : message.nak(Math.min(1000 * 2 ** (attempt - 1), 300_000)),
        );
      }
    } finally {
      clearInterval(keepAlive);
      for (const entry of entries) this.inFlight.delete(entry);
    }
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.relay.stop();
    // no more pulls; messages already buffered are handed back by the loops
    // (stop, not close: close() waits for the loop, which may be inside a handler)
    for (const subscription of this.subscriptions) subscription.halt();
    const finished = Promise.all(this.subscriptions.map((s) => s.loop));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((resolve) => (timer = setTimeout(resolve, this.config.stopTimeoutMs)))]);
    clearTimeout(timer);
    // handlers still running past the timeout: their events go back to the stream for another replica now
    for (const entry of this.inFlight) {
      entry.handedBack = true;
      settle(() => entry.message.nak());
    }
    await this.nc.flush().catch(() => undefined);
    await this.nc.close().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
    await this.jobs.close();
  }
}

/** An ack, nak or progress report on a connection that may be closing: losing one only means a redelivery. */
function settle(send: () => void): void {
  try {
    send();
  } catch {
    // the connection is gone; the server redelivers after the ack wait
  }
}

/** Creates the stream (`<prefix>.>`) when it does not exist. */
async function ensureStream(jsm: JetStreamManager, config: EventBusConfig): Promise<void> {
  try {
    await jsm.streams.info(config.natsStream);
    return;
  } catch (error) {
    if (!isApiError(error, JetStreamApiCodes.StreamNotFound)) throw error;
  }
  try {
    await jsm.streams.add({
      name: config.natsStream,
      subjects: [`${config.natsSubjectPrefix}.>`],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      max_age: nanos(config.natsStreamMaxAgeHours * 3600),
      duplicate_window: nanos(config.natsDuplicateWindowSeconds),
    });
  } catch (error) {
    // another replica created it in the meantime
    await jsm.streams.info(config.natsStream).catch(() => {
      throw error;
    });
  }
}

/** Creates the durable consumer, or brings an existing one's ack wait and delivery limit up to date. */
async function ensureConsumer(
  jsm: JetStreamManager,
  stream: string,
  config: Partial<ConsumerConfig> & { durable_name: string },
): Promise<void> {
  const update = { ack_wait: config.ack_wait, max_deliver: config.max_deliver, max_ack_pending: config.max_ack_pending };
  try {
    const existing = await jsm.consumers.info(stream, config.durable_name);
    const current = existing.config;
    if (
      current.ack_wait !== update.ack_wait ||
      current.max_deliver !== update.max_deliver ||
      current.max_ack_pending !== update.max_ack_pending
    ) {
      await jsm.consumers.update(stream, config.durable_name, update);
    }
    return;
  } catch (error) {
    if (!isApiError(error, JetStreamApiCodes.ConsumerNotFound)) throw error;
  }
  try {
    await jsm.consumers.add(stream, config);
  } catch (error) {
    // another replica created it in the meantime
    await jsm.consumers.info(stream, config.durable_name).catch(() => {
      throw error;
    });
  }
}
