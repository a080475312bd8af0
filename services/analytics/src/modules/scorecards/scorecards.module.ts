import type { FeatureModule } from '@careline/service-kit';
import { SCORECARD_ENTITIES } from './scorecard.entities.js';
import { ScorecardsResolver } from './scorecards.resolver.js';

/** 绩效考核 and 月度经营分析 (issue 6). */
export const scorecardsModule: FeatureModule = {
  name: 'scorecards',
  entities: SCORECARD_ENTITIES,
  resolvers: [ScorecardsResolver],
};
