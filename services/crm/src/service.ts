import { staffNamesModule } from './modules/staff-names/staff-names.module.js';
import { idempotencyModule, type ServiceDefinition } from '@careline/service-kit';
import { createCrmLoaders, type CrmLoaders } from './context.js';
import { migrations } from './migrations/index.js';
import { customerModule } from './modules/customer/customer.module.js';
import { consultationModule } from './modules/consultation/consultation.module.js';
import { appointmentModule } from './modules/appointment/appointment.module.js';
import { visitModule } from './modules/visit/visit.module.js';
import { followUpModule } from './modules/follow-up/follow-up.module.js';
import { complaintModule } from './modules/complaint/complaint.module.js';
import { keyAccountModule } from './modules/key-account/key-account.module.js';
import { messageModule } from './modules/message/message.module.js';
import { reminderModule } from './modules/reminder/reminder.module.js';
import { personalDataModule } from './modules/personal-data/personal-data.module.js';

/** The crm subgraph: its feature modules, in the order their consumers, jobs and bootstraps run. */
export const crmService: ServiceDefinition<CrmLoaders> = {
  name: 'crm',
  migrations,
  modules: [
    customerModule,
    consultationModule,
    appointmentModule,
    visitModule,
    followUpModule,
    complaintModule,
    keyAccountModule,
    messageModule,
    reminderModule,
    personalDataModule,
    staffNamesModule,
    idempotencyModule,
  ],
  createLoaders: createCrmLoaders,
};

/** The complaint time-limit job's body, as of a given instant: what tests and drills run instead of waiting for the clock. */
export { escalateOverdueComplaints } from './modules/complaint/complaint.deadlines.js';
export { markOverdueFollowUps } from './modules/follow-up/follow-up.service.js';
// for the system tests, which run crm in their own process against a local provider on loopback
export { ChannelProviders, HttpMessageProvider, RecordingProvider, setMessageProvider } from './modules/message/message.provider.js';
export { AliyunSmsProvider } from './modules/message/aliyun-sms.provider.js';
export { WeComProvider } from './modules/message/wecom.provider.js';
export { retryThrottledDeliveries } from './modules/message/message.service.js';
export { runDueReminders } from './modules/reminder/reminder.service.js';
export { SEND_REMINDERS } from './modules/reminder/reminder.module.js';
