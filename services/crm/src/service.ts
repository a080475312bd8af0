import type { ServiceDefinition } from '@careline/service-kit';
import { createCrmLoaders, type CrmLoaders } from './context.js';
import { Customer } from './modules/customer/customer.entity.js';
import { CustomerClassChange, CustomerDeal, CustomerImport, CustomerMerge } from './modules/customer/customer-history.entity.js';
import { KeyAccount, KeyAccountMeeting, KeyAccountRiskAssessment, KeyAccountScore } from './modules/key-account/key-account.entity.js';
import { MessageDelivery, MessageSend, MessageTemplate } from './modules/message/message.entity.js';
import { Consultation } from './modules/consultation/consultation.entity.js';
import { Appointment, DutyRoster } from './modules/appointment/appointment.entity.js';
import { Visit } from './modules/visit/visit.entity.js';
import { FollowUpRule, FollowUpTask } from './modules/follow-up/follow-up.entity.js';
import { Complaint, ComplaintStep, OpinionReportRecord, Remedy } from './modules/complaint/complaint.entity.js';
import { CustomerResolver } from './modules/customer/customer.resolver.js';
import { CustomerCareResolver } from './modules/customer/customer-care.resolver.js';
import { customerReference } from './modules/customer/customer.reference.js';
import { migrations } from './migrations/index.js';
import { ConsultationResolver } from './modules/consultation/consultation.resolver.js';
import { AppointmentResolver } from './modules/appointment/appointment.resolver.js';
import { VisitResolver } from './modules/visit/visit.resolver.js';
import { FollowUpResolver } from './modules/follow-up/follow-up.resolver.js';
import { subscribeConsultationEvents } from './modules/consultation/consultation.consumers.js';
import { scheduleFollowUpJobs } from './modules/follow-up/follow-up.jobs.js';
import { ComplaintResolver } from './modules/complaint/complaint.resolver.js';
import { scheduleOpinionReport } from './modules/complaint/opinion-report.js';
import { backfillPinyin, subscribeCustomerEvents } from './modules/customer/customer.consumers.js';
import { KeyAccountResolver, keyAccountReference } from './modules/key-account/key-account.resolver.js';
import { MessageResolver } from './modules/message/message.resolver.js';
import { ensureDefaultTemplates, subscribeMessages } from './modules/message/message.service.js';

export const crmService: ServiceDefinition<CrmLoaders> = {
  name: 'crm',
  entities: [
    Customer,
    CustomerClassChange,
    CustomerDeal,
    CustomerMerge,
    CustomerImport,
    KeyAccount,
    KeyAccountScore,
    KeyAccountRiskAssessment,
    KeyAccountMeeting,
    MessageTemplate,
    MessageSend,
    MessageDelivery,
    Consultation,
    Appointment,
    DutyRoster,
    Visit,
    FollowUpRule,
    FollowUpTask,
    Complaint,
    ComplaintStep,
    Remedy,
    OpinionReportRecord,
  ],
  migrations,
  resolvers: [
    CustomerResolver,
    CustomerCareResolver,
    KeyAccountResolver,
    MessageResolver,
    ConsultationResolver,
    AppointmentResolver,
    VisitResolver,
    FollowUpResolver,
    ComplaintResolver,
  ],
  referenceResolvers: { ...customerReference, ...keyAccountReference },
  createLoaders: createCrmLoaders,
  subscribe: async (scope) => {
    await subscribeCustomerEvents(scope);
    await subscribeMessages(scope);
    await subscribeConsultationEvents(scope);
    await scheduleFollowUpJobs(scope);
    await scheduleOpinionReport(scope);
  },
  bootstrap: async ({ orm }) => {
    await backfillPinyin(orm);
    await ensureDefaultTemplates(orm);
  },
};
