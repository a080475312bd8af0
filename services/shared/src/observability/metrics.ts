import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the pool reports at scrape time (pg's Pool: totalCount, idleCount, waitingCount). */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

/** One finished GraphQL request, as the request log line and the metrics see it. */
export interface RequestObservation {
  /** the caller's kind (staff, partner, system, anonymous), or `unverified` when the gateway's token was refused */
  caller: string;
  outcome: 'ok' | 'error';
  /** the error codes the answer carries (BAD_USER_INPUT, FORBIDDEN…) */
  errorCodes: string[];
  seconds: number;
}

/**
 * A service's Prometheus metrics (its own registry, labelled with the service's name), served on
 * `/metrics`. The request and pool metrics are fed by the kit; `observeEventLag` and
 * `countJobFailure` are the hooks the event bus and job runners feed.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'caller' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly duration: Histogram<'caller' | 'outcome'>;
  private readonly eventLag: Histogram<'consumer' | 'type'>;
  private readonly jobFailures: Counter<'queue'>;
  private pool?: () => PoolUse | undefined;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    // process metrics: CPU, memory, event-loop lag, GC, open handles
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'careline_graphql_requests_total',
      help: 'GraphQL requests answered, by caller kind and outcome (error: the answer carries an error)',
      labelNames: ['caller', 'outcome'],
      registers,
    });
    this.errors = new Counter({
      name: 'careline_graphql_errors_total',
      help: 'Errors in GraphQL answers, by code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR…)',
      labelNames: ['code'],
      registers,
    });
    this.duration = new Histogram({
      name: 'careline_graphql_request_duration_seconds',
      help: 'Time from a GraphQL request arriving to its answer being sent',
      labelNames: ['caller', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.eventLag = new Histogram({
      name: 'careline_event_lag_seconds',
      help: 'Time from an event being published to a consumer handling it',
      labelNames: ['consumer', 'type'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
      registers,
    });
    this.jobFailures = new Counter({
      name: 'careline_job_failures_total',
      help: 'Event handlers and scheduled jobs that failed (each failed attempt)',
      labelNames: ['queue'],
      registers,
    });
    const pool = () => this.pool?.();
    new Gauge({
      name: 'careline_db_pool_connections',
      help: 'Database pool connections: total open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        const use = pool();
        if (!use) return;
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });
  }

  observeRequest(request: RequestObservation): void {
    const labels = { caller: request.caller, outcome: request.outcome };
    this.requests.inc(labels);
    this.duration.observe(labels, request.seconds);
    for (const code of request.errorCodes) this.errors.inc({ code });
  }

  /** the event bus: an event of `type` reached `consumer` this long after it was published */
  observeEventLag(consumer: string, type: string, seconds: number): void {
    this.eventLag.observe({ consumer, type }, Math.max(0, seconds));
  }

  /** the event bus or a job runner: one attempt on `queue` failed */
  countJobFailure(queue: string): void {
    this.jobFailures.inc({ queue });
  }

  /** reads the pool's use at each scrape */
  trackPool(read: () => PoolUse | undefined): void {
    this.pool = read;
  }

  /** the text Prometheus scrapes */
  async expose(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
