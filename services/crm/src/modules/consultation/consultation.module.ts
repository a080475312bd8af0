import type { FeatureModule } from '@careline/service-kit';
import { Consultation } from './consultation.entity.js';
import { ConsultationResolver } from './consultation.resolver.js';
import { subscribeConsultationEvents } from './consultation.consumers.js';

/** 咨询: consultations and who handles them. */
export const consultationModule: FeatureModule = {
  name: 'consultation',
  entities: [Consultation],
  resolvers: [ConsultationResolver],
  subscribe: subscribeConsultationEvents,
};
