import type { ServiceDefinition } from '@careline/service-kit';
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
  ],
  createLoaders: createCrmLoaders,
};
