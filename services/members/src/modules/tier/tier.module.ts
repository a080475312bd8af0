import type { FeatureModule } from '@careline/service-kit';
import { jobScope, scheduleDailyJob } from '../../common/jobs.js';
import { Tier, TierChange } from './tier.entity.js';
import { TierResolver } from './tier.resolver.js';
import { EVALUATE_TIERS_JOB, evaluateTiers } from './tier.service.js';

/** 会员等级: the tiers, their changes, and the evaluation daily just after midnight (hospital time). */
export const tierModule: FeatureModule = {
  name: 'tier',
  entities: [Tier, TierChange],
  resolvers: [TierResolver],
  subscribe: ({ bus, orm, log }) =>
    scheduleDailyJob(bus, log, EVALUATE_TIERS_JOB, '10 0 * * *', async (runId) => {
      const { evaluated, upgraded, downgraded } = await evaluateTiers(orm.em, jobScope(bus, EVALUATE_TIERS_JOB, runId), new Date());
      return { evaluated, upgraded, downgraded };
    }),
};
