import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ERASED_TEXT, type EventBus, type Logger } from '@careline/service-kit';
import { hospitalTimeZone } from '../../common/hospital-time.js';
import { crmEnv } from '../../env.js';

export const EXPIRE_MESSAGE_BODIES = 'crm.expire-message-bodies';

/**
 * Storage limitation (PIPL Art. 19): a sent message's body (which names the person) is kept
 * `days` days after it was created, then replaced with `[已删除]`; who was sent what template,
 * when, by which channel and with which outcome stay for the delivery log and the figures. A
 * delivery still pending keeps its body. `days` 0 keeps bodies for ever.
 * @returns the deliveries whose body was removed
 */
export async function expireMessageBodies(em: EntityManager, days: number, now = new Date()): Promise<number> {
  if (days <= 0) return 0;
  const result = (await em.execute(
    `update crm.message_delivery set body = ?
      where created_at < ?::timestamptz - make_interval(days => ?) and status not in ('PENDING', 'THROTTLED') and body <> ?`,
    [ERASED_TEXT, now.toISOString(), days, ERASED_TEXT],
    'run',
  )) as { affectedRows?: number };
  return result.affectedRows ?? 0;
}

/** Every night at 03:00 hospital time, with MESSAGE_BODY_RETENTION_DAYS. */
export async function scheduleMessageRetention({ bus, orm, log }: { bus: EventBus; orm: MikroORM; log: Logger }): Promise<void> {
  await bus.jobs.createQueue(EXPIRE_MESSAGE_BODIES);
  await bus.jobs.schedule(EXPIRE_MESSAGE_BODIES, '0 3 * * *', null, { tz: hospitalTimeZone() });
  await bus.jobs.work(EXPIRE_MESSAGE_BODIES, async () => {
    const expired = await expireMessageBodies(orm.em.fork(), crmEnv().MESSAGE_BODY_RETENTION_DAYS);
    if (expired) log.info({ expired }, 'message bodies past their retention removed');
  });
}
