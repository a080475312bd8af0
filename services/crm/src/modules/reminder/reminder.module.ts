import { randomUUID } from 'node:crypto';
import { createContextFactory, REQUEST_ID_HEADER, type FeatureModule } from '@careline/service-kit';
import { createCrmLoaders } from '../../context.js';
import { crmEnv } from '../../env.js';
import { hospitalTimeZone } from '../../common/hospital-time.js';
import { AppointmentConfirmation, AppointmentReminder, ProviderCallback, ReminderRule } from './reminder.entity.js';
import { ReminderResolver } from './reminder.resolver.js';
import { handleProviderCallback, runDueReminders } from './reminder.service.js';

export const SEND_REMINDERS = 'crm.send-appointment-reminders';

/**
 * 预约提醒与确认: per-department reminder rules, the job that sends due reminders once, the provider's
 * signed callback (the customer's confirm / cancel) and staff confirmation (docs/reminders.md).
 */
export const reminderModule: FeatureModule = {
  name: 'reminder',
  entities: [ReminderRule, AppointmentReminder, AppointmentConfirmation, ProviderCallback],
  resolvers: [ReminderResolver],
  subscribe: async ({ bus, orm, log }) => {
    await bus.jobs.createQueue(SEND_REMINDERS);
    await bus.jobs.schedule(SEND_REMINDERS, crmEnv().REMINDER_CRON, null, { tz: hospitalTimeZone() });
    await bus.jobs.work(SEND_REMINDERS, async () => {
      await runDueReminders(orm, new Date(), log);
    });
  },
  /**
   * `POST /internal/message-callback` `{ timestamp, signature, body }`: the gateway forwards the
   * provider's callback (its public `/hooks/message-provider`) as it came; the signature is checked here.
   */
  internalRoutes: ({ orm, bus, log }) => {
    const context = createContextFactory('crm', orm, bus, createCrmLoaders);
    return (router) => {
      router.post('/message-callback', async (req, res) => {
        const { timestamp, signature, body } = (req.body ?? {}) as Record<string, unknown>;
        if (typeof timestamp !== 'string' || typeof signature !== 'string' || typeof body !== 'string') {
          res.status(400).json({ code: 'BAD_USER_INPUT', reason: 'timestamp, signature and body are required' });
          return;
        }
        const requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
        const ctx = context({
          caller: { kind: 'system', name: 'message-provider' },
          requestId,
          log: log.child({ requestId }),
        });
        try {
          const answer = await handleProviderCallback(ctx, { timestamp, signature, body });
          if (answer.status >= 400) log.warn({ requestId, ...answer.body }, 'provider callback refused');
          res.status(answer.status).json(answer.body);
        } catch (error) {
          log.error({ err: error, requestId }, 'provider callback failed');
          res.status(500).json({ code: 'INTERNAL_SERVER_ERROR' });
        }
      });
    };
  },
};
