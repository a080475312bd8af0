#!/usr/bin/env node
// `pnpm seed [--scale N]`: a deterministic ~12-month hospital history of N customers (default 300)
// for analytics, as domain events (scripts/lib/history-generator.mjs), with a progress bar on stderr
// and the seeding rate at the end. See README "Seeding a hospital history" for which path is used.
//
//   --scale N           customers (default 300)
//   --seed S            PRNG seed (default 20261204): same seed, same history
//   --end ISO           the instant the history ends (default 2026-12-01 00:00 Asia/Shanghai)
//   --months M          history length (default 12)
//   --via bus|bulk      bus: queue on analytics' own queues, the running service consumes them (default below 5,000 customers);
//                       bulk: batches through analytics' event_log + fact appliers directly (default from 5,000)
//   --batch B           events per transaction in bulk mode (default 20000)
//   --dry-run           generate only (measures the generator)
// DATABASE_URL as for `pnpm start` (default: the embedded PostgreSQL under .data/).
import { parseArgs } from 'node:util';
import { createLogger, createOrm, resolveDatabase, EventBus, serviceEntities } from '@careline/service-kit';
import { DEFAULT_END, DEFAULT_SEED, EVENT_TYPES, HOSPITAL_TIME_ZONE, generateHistory } from './lib/history-generator.mjs';
import { scriptsEnv } from './lib/env.mjs';
import { drainAnalyticsQueues, loadIntoAnalytics, progressBar, publishToAnalytics, tracked } from './lib/history-generator-sinks.mjs';

const BULK_FROM = 5_000;
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '300' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    end: { type: 'string', default: DEFAULT_END },
    months: { type: 'string', default: '12' },
    via: { type: 'string' },
    batch: { type: 'string', default: '20000' },
    'dry-run': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const customers = Number(values.scale.replaceAll('_', '').replaceAll(',', ''));
if (!Number.isInteger(customers) || customers < 1) throw new Error(`--scale must be a whole number of customers, got "${values.scale}"`);
const via = values.via ?? (customers >= BULK_FROM ? 'bulk' : 'bus');
if (!['bus', 'bulk'].includes(via)) throw new Error(`--via must be bus or bulk, got "${values.via}"`);
const options = { customers, seed: Number(values.seed), end: values.end, months: Number(values.months) };
const log = createLogger('seed', 'warn');

const bar = progressBar(values['dry-run'] ? 'generate' : via === 'bulk' ? 'apply' : 'queue');
const history = tracked(generateHistory(options), customers, (events, fraction) => bar.update(events, fraction));
console.error(
  `seeding ${customers.toLocaleString('en')} customers (seed ${options.seed}, ${options.months} months to ${options.end}, ${HOSPITAL_TIME_ZONE}) via ${values['dry-run'] ? 'nothing (dry run)' : via}`,
);

if (values['dry-run']) {
  let n = 0;
  for (const _ of history) n++;
  report(bar.done(n));
} else {
  const database = await resolveDatabase(scriptsEnv.databaseUrl, log);
  try {
    if (via === 'bulk') {
      const { analyticsService } = await import('../services/analytics/src/service.ts');
      const orm = await createOrm({
        schema: 'analytics',
        clientUrl: database.url,
        entities: serviceEntities(analyticsService),
        migrations: analyticsService.migrations,
        poolMax: 2,
      });
      try {
        const result = await loadIntoAnalytics(orm.em, history, { batch: Number(values.batch), timeZone: HOSPITAL_TIME_ZONE });
        report(
          bar.done(result.events),
          `${result.applied.toLocaleString('en')} applied, ${result.skipped.toLocaleString('en')} already in analytics.event_log`,
        );
        await orm.em.getConnection().execute(`analyze`);
      } finally {
        await orm.close();
      }
    } else {
      const bus = await EventBus.start({ connectionString: database.url, source: 'seed', log });
      const boss = bus.jobs;
      try {
        const result = await publishToAnalytics(boss, history);
        report(bar.done(result.events), `${result.queued.toLocaleString('en')} queued for analytics`);
        const missing = Object.entries(result.withoutQueue);
        if (missing.length)
          console.error(`analytics does not consume (no queue, left out): ${missing.map(([t, n]) => `${t} ${n}`).join(', ')}`);
        const drain = progressBar('consume');
        let first;
        await drainAnalyticsQueues(boss, EVENT_TYPES, {
          onLeft: (left) => {
            first ??= left;
            drain.update(first - left, first ? 1 - left / first : 1);
          },
        });
        report(drain.done(first ?? 0), 'consumed by the analytics service');
      } finally {
        await bus.stop();
      }
    }
  } finally {
    await database.embedded?.stop();
  }
}

/**
 * @param {{ events: number, seconds: number, eventsPerSecond: number }} result what a progress bar's `done` measured
 * @param {string} [extra]
 */
function report({ events, seconds, eventsPerSecond }, extra = '') {
  console.error(
    `${events.toLocaleString('en')} events in ${seconds.toFixed(1)} s = ${Math.round(eventsPerSecond).toLocaleString('en')} events/s${extra ? `; ${extra}` : ''}`,
  );
}
