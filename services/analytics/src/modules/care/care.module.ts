import type { AnalyticsModule } from '../facts/fact-dispatcher.js';
import { StaffDim } from './staff-dim.entity.js';
import { CareFact } from './care-fact.entity.js';
import { KpiDaily, KpiDailyLoad } from './kpi-daily.entity.js';
import { careFacts } from './care.appliers.js';

/** The front line's facts (consultations, appointments, visits, complaints, follow-ups) and kpi_daily, which the KPIs read. */
export const careModule: AnalyticsModule = {
  name: 'care',
  entities: [StaffDim, CareFact, KpiDaily, KpiDailyLoad],
  facts: careFacts,
};
