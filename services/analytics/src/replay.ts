// `pnpm --filter @careline/analytics replay`: rebuilds analytics' facts and rollups from its event log.
import { createLogger, createOrm, resolveDatabase, serviceEntities } from '@careline/service-kit';
import { ANALYTICS } from './context.js';
import { analyticsEnv } from './env.js';
import { replayEventLog } from './modules/facts/replay.js';
import { analyticsFacts, analyticsService } from './service.js';

const log = createLogger('analytics-replay', 'warn');
const env = analyticsEnv();
const database = await resolveDatabase(env.DATABASE_URL, log);
const orm = await createOrm({
  schema: ANALYTICS,
  clientUrl: database.url,
  entities: serviceEntities(analyticsService),
  migrations: analyticsService.migrations,
  log,
});
try {
  const started = Date.now();
  const result = await replayEventLog(orm.em, analyticsFacts, env.HOSPITAL_TIME_ZONE, ({ applied, total }) => {
    const share = total ? Math.round((applied / total) * 100) : 100;
    process.stderr.write(`\rreplay: ${applied}/${total} events (${share} %)`);
  });
  process.stderr.write(`\nreplayed ${result.applied} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
} finally {
  await orm.close();
  await database.embedded?.stop();
}
