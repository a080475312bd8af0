/**
 * What the event bus and the job queue report, for whoever exports metrics (Prometheus in the kit).
 * The bus calls `emitBusMetric`; an exporter registers with `onBusMetric` once per process and maps
 * each name to an instrument. Listeners run synchronously on the bus's path: keep them cheap, and a
 * listener that throws is ignored (metrics never break event handling).
 *
 * | name                  | kind        | labels                    | meaning                                                        |
 * | --------------------- | ----------- | ------------------------- | -------------------------------------------------------------- |
 * | `event_handled`       | counter     | bus, consumer, type       | a handler finished an event (its transaction committed)        |
 * | `event_lag_seconds`   | observation | bus, consumer, type       | publish → handled, for each handled event (histogram)          |
 * | `event_failed`        | counter     | bus, consumer, type, final| a handler threw; `final` = "true" when no retry is left         |
 * | `job_failed`          | counter     | queue                     | a job handler (bus.jobs.work) threw; pg-boss retries it        |
 * | `outbox_relayed`      | counter     | (none)                    | NATS: events moved from the outbox table to JetStream          |
 * | `outbox_lag_seconds`  | gauge       | (none)                    | NATS: age of the oldest event not yet relayed (0 when none)    |
 * | `outbox_relay_failed` | counter     | (none)                    | NATS: a relay pass failed (NATS unreachable, …); it retries    |
 */
export type BusMetricName =
  'event_handled' | 'event_lag_seconds' | 'event_failed' | 'job_failed' | 'outbox_relayed' | 'outbox_lag_seconds' | 'outbox_relay_failed';

export interface BusMetric {
  name: BusMetricName;
  /** counter: add `value`; gauge: set to `value`; observation: record `value` (a histogram sample) */
  kind: 'counter' | 'gauge' | 'observation';
  value: number;
  labels: Record<string, string>;
}

export type BusMetricListener = (metric: BusMetric) => void;

const listeners = new Set<BusMetricListener>();

/** Registers `listener` for every bus metric of this process; returns the function that removes it. */
export function onBusMetric(listener: BusMetricListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitBusMetric(metric: BusMetric): void {
  for (const listener of listeners) {
    try {
      listener(metric);
    } catch {
      // a broken exporter must not fail the handler that reported
    }
  }
}

/** Seconds since `isoTime`, never negative (clocks of two hosts may disagree a little). */
export function secondsSince(isoTime: string, now = Date.now()): number {
  const at = Date.parse(isoTime);
  return Number.isNaN(at) ? 0 : Math.max(0, (now - at) / 1000);
}
