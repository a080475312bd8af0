import type { MikroORM } from '@mikro-orm/postgresql';
import { RequestAudit, type EventBus, type Logger } from '@careline/service-kit';
import { identityEnv } from '../../env.js';

/** the daily retention job's pg-boss queue */
export const AUDIT_RETENTION_QUEUE = 'identity.audit-retention';
const BATCH = 10_000;
const PURGE_CALLER = { kind: 'system', id: '00000000-0000-0000-0000-000000000000', name: 'audit retention' } as const;

/**
 * Removes audit entries older than `keepDays`, oldest first, in batches of 10 000, through the
 * database function that alone may (identity.purge_audit_entries, which refuses fewer than 180
 * days). Each batch and the audit entry that says so commit together: the purge is audited too.
 * @returns how many entries were removed
 */
export async function purgeAuditEntries(orm: MikroORM, bus: EventBus, keepDays: number, runId: string): Promise<number> {
  const audit = new RequestAudit('identity', PURGE_CALLER, runId, bus, orm);
  let total = 0;
  for (;;) {
    const removed = await orm.em.fork().transactional(async (em) => {
      const [row] = await em
        .getConnection()
        .execute<{ removed: number }[]>(
          `select "identity"."purge_audit_entries"(?, ?) as removed`,
          [keepDays, BATCH],
          'all',
          em.getTransactionContext(),
        );
      if (row!.removed > 0) {
        await audit.change(em, {
          operation: 'job purgeAuditEntries',
          targetType: 'AuditEntry',
          targetIds: [],
          fields: [],
          reason: `removed ${row!.removed} entries older than ${keepDays} days`,
        });
      }
      return row!.removed;
    });
    total += removed;
    if (removed < BATCH) return total;
  }
}

/** Every night at 03:15 hospital time, entries past AUDIT_RETENTION_DAYS go. */
export async function scheduleAuditRetention(scope: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  const env = identityEnv();
  await scope.bus.jobs.createQueue(AUDIT_RETENTION_QUEUE, { retryLimit: 3, retryDelay: 60 });
  await scope.bus.jobs.schedule(AUDIT_RETENTION_QUEUE, '15 3 * * *', null, { tz: env.HOSPITAL_TIME_ZONE, missed: 'once' });
  await scope.bus.jobs.work(AUDIT_RETENTION_QUEUE, async (jobs) => {
    for (const job of jobs) {
      const removed = await purgeAuditEntries(scope.orm, scope.bus, env.AUDIT_RETENTION_DAYS, job.id);
      scope.log.info({ job: AUDIT_RETENTION_QUEUE, removed, keepDays: env.AUDIT_RETENTION_DAYS }, 'audit retention done');
    }
  });
}
