// `pnpm --filter @careline/analytics replay`: rebuilds analytics' facts and rollups from its event log.
import { createLogger, createOrm, resolveDatabase } from '@careline/service-kit';
import { ANALYTICS } from './context.js';
import { analyticsEnv } from './env.js';
import { replayEventLog } from './modules/facts/replay.js';
import { analyticsService } from './service.js';

const log = createLogger('analytics-replay', 'warn');
const database = await resolveDatabase(process.env.DATABASE_URL, log);
const orm = await createOrm({
  schema: ANALYTICS,
  clientUrl: database.url,
  entities: analyticsService.entities,
  migrations: analyticsService.migrations,
  log,
});
try {
  const started = Date.now();
  const result = await replayEventLog(orm.em, analyticsEnv().HOSPITAL_TIME_ZONE, ({ applied, total }) => {
    const share = total ? Math.round((applied / total) * 100) : 100;
    process.stderr.write(`\rreplay: ${applied}/${total} events (${share} %)`);
  });
  process.stderr.write(`\nreplayed ${result.applied} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
} finally {
  await orm.close();
  await database.embedded?.stop();
}
