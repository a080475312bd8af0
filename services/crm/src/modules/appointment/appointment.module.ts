import type { FeatureModule } from '@careline/service-kit';
import { Appointment, DutyRoster } from './appointment.entity.js';
import { AppointmentResolver } from './appointment.resolver.js';

/** 预约: appointments and the duty roster. */
export const appointmentModule: FeatureModule = {
  name: 'appointment',
  entities: [Appointment, DutyRoster],
  resolvers: [AppointmentResolver],
};
