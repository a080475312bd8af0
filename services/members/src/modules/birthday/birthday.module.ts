import type { FeatureModule } from '@careline/service-kit';
import { jobScope, scheduleDailyJob } from '../../common/jobs.js';
import { BirthdayGreeting } from './birthday-greeting.entity.js';
import { BirthdayResolver } from './birthday.resolver.js';
import { BIRTHDAY_GREETINGS_JOB, sendBirthdayGreetings } from './birthday.service.js';

/** 生日管理: upcoming birthdays, and the greetings daily in the morning (hospital time), once a year per member. */
export const birthdayModule: FeatureModule = {
  name: 'birthday',
  entities: [BirthdayGreeting],
  resolvers: [BirthdayResolver],
  subscribe: ({ bus, orm, log }) =>
    scheduleDailyJob(bus, log, BIRTHDAY_GREETINGS_JOB, '0 8 * * *', (runId) =>
      sendBirthdayGreetings(orm.em, jobScope(bus, BIRTHDAY_GREETINGS_JOB, runId), new Date()),
    ),
};
