import type { FeatureModule } from '@careline/service-kit';
import { FollowUpRule, FollowUpTask } from './follow-up.entity.js';
import { FollowUpResolver } from './follow-up.resolver.js';
import { scheduleFollowUpJobs } from './follow-up.jobs.js';

/** 回访: rules, the tasks they generate, and the overdue job. */
export const followUpModule: FeatureModule = {
  name: 'follow-up',
  entities: [FollowUpRule, FollowUpTask],
  resolvers: [FollowUpResolver],
  subscribe: scheduleFollowUpJobs,
};
