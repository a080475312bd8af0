import { EnvError, kitEnv, type EventBusEnv } from '../env.js';

/** How a bus runs; from the environment (`eventBusConfig`), overridable per bus (tests). */
export interface EventBusConfig {
  kind: 'pg-boss' | 'nats';
  /** NATS servers (EVENT_BUS=nats) */
  natsServers: string[];
  natsStream: string;
  natsSubjectPrefix: string;
  natsStreamMaxAgeHours: number;
  /** JetStream's window for dropping a second copy of a message id (the relay's resends) */
  natsDuplicateWindowSeconds: number;
  /** how often the outbox relay looks for new rows when the last pass found none */
  outboxPollMs: number;
  /** published outbox rows are kept this long (to answer "was it sent?"), then deleted */
  outboxRetentionHours: number;
  /** pg-boss queue heartbeat / JetStream ack wait: a silent worker loses its event or job after this */
  leaseSeconds: number;
  /** pg-boss supervisor (expiry, retention) and monitor interval */
  superviseSeconds: number;
  /** pg-boss cron pass interval (at most 45; pg-boss's default 30) */
  cronSeconds: number;
  /**
   * run pg-boss's supervisor and cron in this process. Every replica does: pg-boss claims each pass
   * and each cron occurrence in the database, so one instance runs it. Off only in the test kit, so
   * scheduled jobs do not fire in the middle of a test.
   */
  maintenance: boolean;
  /** retries of a failing event handler before the event is given up (and counted `final`) */
  retryLimit: number;
  /** events a worker takes at a time */
  batchSize: number;
  /** how long stop() waits for in-flight handlers before handing their events and jobs back */
  stopTimeoutMs: number;
}

/** The bus settings of `env` (a subgraph's parsed env, or the kit's when omitted). */
export function eventBusConfig(env: EventBusEnv = kitEnv()): EventBusConfig {
  const natsServers = (env.NATS_URL ?? '')
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  if (env.EVENT_BUS === 'nats' && natsServers.length === 0) {
    throw new EnvError('Invalid environment:\n  - NATS_URL: required when EVENT_BUS=nats (e.g. nats://127.0.0.1:4222)');
  }
  return {
    kind: env.EVENT_BUS,
    natsServers,
    natsStream: env.NATS_STREAM,
    natsSubjectPrefix: env.NATS_SUBJECT_PREFIX,
    natsStreamMaxAgeHours: env.NATS_STREAM_MAX_AGE_HOURS,
    natsDuplicateWindowSeconds: 120,
    outboxPollMs: 200,
    outboxRetentionHours: 24,
    leaseSeconds: env.EVENT_BUS_LEASE_SECONDS,
    superviseSeconds: env.EVENT_BUS_SUPERVISE_SECONDS,
    cronSeconds: 30,
    maintenance: true,
    retryLimit: 10,
    batchSize: 20,
    stopTimeoutMs: env.EVENT_BUS_STOP_TIMEOUT_MS,
  };
}
