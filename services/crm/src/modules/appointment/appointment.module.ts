import type { FeatureModule } from '@careline/service-kit';
import { Appointment, DutyRoster } from './appointment.entity.js';
import { AppointmentResolver } from './appointment.resolver.js';
import { DoctorSchedule } from './doctor-schedule.entity.js';
import { DoctorScheduleResolver } from './doctor-schedule.resolver.js';

/** 预约: appointments, the duty roster and doctors' schedules (排班). */
export const appointmentModule: FeatureModule = {
  name: 'appointment',
  entities: [Appointment, DutyRoster, DoctorSchedule],
  resolvers: [AppointmentResolver, DoctorScheduleResolver],
};
