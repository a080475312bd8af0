import { Events, RequestAudit, type Caller, type CustomersMergedData, type EventBus, type ServiceDefinition } from '@careline/service-kit';
import { EVALUATE_TIERS_JOB, evaluateTiers } from '../tier/tier.service.js';
import { BIRTHDAY_GREETINGS_JOB, sendBirthdayGreetings } from '../birthday/birthday.service.js';
import { HOSPITAL_TIME_ZONE } from '../birthday/birthday.rules.js';
import { recordCustomersMerged } from '../merge/merge.consumer.js';
import type { ChangeScope } from './membership-lifecycle.service.js';

/** Daily, hospital time: tiers just after midnight, greetings in the morning. */
export const MEMBERSHIP_SCHEDULES = [
  { name: EVALUATE_TIERS_JOB, cron: '10 0 * * *' },
  { name: BIRTHDAY_GREETINGS_JOB, cron: '0 8 * * *' },
] as const;

const jobCaller = (name: string): Caller => ({ kind: 'system', id: '00000000-0000-0000-0000-000000000000', name });

function jobScope(bus: EventBus, name: string, runId: string): ChangeScope {
  const caller = jobCaller(name);
  return { caller, bus, audit: new RequestAudit('members', caller, runId, bus, undefined) };
}

/**
 * The membership side's consumers and scheduled jobs: CustomersMerged from crm, and the daily
 * tier evaluation and birthday greetings on pg-boss queues (`schedule` is idempotent; only a
 * process started with scheduling on fires the cron).
 */
export async function subscribeMembership({
  bus,
  orm,
  log,
}: Parameters<NonNullable<ServiceDefinition<unknown>['subscribe']>>[0]): Promise<void> {
  await bus.subscribe<CustomersMergedData>('members', Events.CustomersMerged, async (event) => {
    await recordCustomersMerged(orm.em, bus, event);
  });
  const handlers: Record<string, (runId: string) => Promise<unknown>> = {
    [EVALUATE_TIERS_JOB]: async (runId) => {
      const { evaluated, upgraded, downgraded } = await evaluateTiers(orm.em, jobScope(bus, EVALUATE_TIERS_JOB, runId), new Date());
      return { evaluated, upgraded, downgraded };
    },
    [BIRTHDAY_GREETINGS_JOB]: (runId) => sendBirthdayGreetings(orm.em, jobScope(bus, BIRTHDAY_GREETINGS_JOB, runId), new Date()),
  };
  for (const { name, cron } of MEMBERSHIP_SCHEDULES) {
    await bus.jobs.createQueue(name, { retryLimit: 3, retryDelay: 60 });
    // a day missed while no scheduler ran is caught up once: both jobs read the state of the day
    await bus.jobs.schedule(name, cron, null, { tz: HOSPITAL_TIME_ZONE, missed: 'once' });
    await bus.jobs.work(name, async (jobs) => {
      for (const job of jobs) {
        const result = await handlers[name]!(job.id);
        log.info({ job: name, jobId: job.id, result }, 'scheduled job done');
      }
    });
  }
}
