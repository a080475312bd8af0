import { RequestAudit, type Caller, type EventBus, type Logger } from '@careline/service-kit';
import { hospitalTimeZone } from './calendar.js';

/** Who a scheduled job acts as in the history and the audit trail: the system, named after the job. */
export const jobCaller = (name: string): Caller => ({ kind: 'system', id: '00000000-0000-0000-0000-000000000000', name });

/** The caller, bus and audit trail one run of a scheduled job changes things with. */
export function jobScope(bus: EventBus, name: string, runId: string): { caller: Caller; bus: EventBus; audit: RequestAudit } {
  const caller = jobCaller(name);
  return { caller, bus, audit: new RequestAudit('members', caller, runId, bus, undefined) };
}

/**
 * A daily job on its pg-boss queue at `cron`, hospital time. `schedule` is idempotent and only a
 * process started with scheduling on fires the cron; a day missed while no scheduler ran is caught
 * up once (the jobs read the state of the day, so catching up once is enough).
 */
export async function scheduleDailyJob(
  bus: EventBus,
  log: Logger,
  name: string,
  cron: string,
  run: (runId: string) => Promise<unknown>,
): Promise<void> {
  await bus.jobs.createQueue(name, { retryLimit: 3, retryDelay: 60 });
  await bus.jobs.schedule(name, cron, null, { tz: hospitalTimeZone(), missed: 'once' });
  await bus.jobs.work(name, async (jobs) => {
    for (const job of jobs) {
      const result = await run(job.id);
      log.info({ job: name, jobId: job.id, result }, 'scheduled job done');
    }
  });
}
