import type { MikroORM } from '@mikro-orm/postgresql';
type Logger = { info(obj: object, msg: string): void };
import type { EventBus } from '@careline/service-kit';
import { markOverdueFollowUps } from './follow-up.service.js';
import { hospitalTimeZone } from '../../common/hospital-time.js';

export const MARK_OVERDUE_FOLLOW_UPS = 'crm.mark-overdue-follow-ups';

/** Every 15 minutes (and just after midnight, hospital time) open tasks past their due day are marked overdue, and their owners told. */
export async function scheduleFollowUpJobs({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await bus.jobs.createQueue(MARK_OVERDUE_FOLLOW_UPS);
  await bus.jobs.schedule(MARK_OVERDUE_FOLLOW_UPS, '*/15 * * * *', null, { tz: hospitalTimeZone() });
  await bus.jobs.work(MARK_OVERDUE_FOLLOW_UPS, async () => {
    const marked = await markOverdueFollowUps(orm.em, bus);
    if (marked) log.info({ marked }, 'follow-ups marked overdue');
  });
}
