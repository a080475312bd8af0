import { SCORECARD_ENTITIES } from './scorecard.entities.js';
import { ScorecardsResolver } from './scorecards.resolver.js';

/** 绩效考核 and 月度经营分析 (issue 6): what service.ts takes from this module. */
export const scorecardsModule = {
  entities: SCORECARD_ENTITIES,
  resolvers: [ScorecardsResolver] as const,
};
