import type { FeatureModule } from '@careline/service-kit';
import { Visit } from './visit.entity.js';
import { VisitResolver } from './visit.resolver.js';

/** 到院: arrivals and their outcome (成交 with amount and receipt, or not). */
export const visitModule: FeatureModule = {
  name: 'visit',
  entities: [Visit],
  resolvers: [VisitResolver],
};
