import type { FeatureModule } from '@careline/service-kit';
import { Position } from './position.entity.js';
import { PositionResolver } from './position.resolver.js';

/** The positions staff hold (with their KPI weights). */
export const positionModule: FeatureModule = {
  name: 'position',
  entities: [Position],
  resolvers: [PositionResolver],
};
