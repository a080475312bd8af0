import { hospitalDay as dayIn, startOfHospitalDay as startOfDayIn } from '@careline/service-kit';
import { crmEnv } from '../env.js';

export { addDays, isDay, mondayOf } from '@careline/service-kit';

/** The hospital's time zone (HOSPITAL_TIME_ZONE, Asia/Shanghai by default). */
export const hospitalTimeZone = (): string => crmEnv().HOSPITAL_TIME_ZONE;

/** The hospital-calendar day of `at`, YYYY-MM-DD. */
export const hospitalDay = (at: Date, timeZone = hospitalTimeZone()): string => dayIn(at, timeZone);

/** The instant a hospital-calendar day starts (00:00 local time). */
export const startOfHospitalDay = (day: string, timeZone = hospitalTimeZone()): Date => startOfDayIn(day, timeZone);
