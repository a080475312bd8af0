import type { FeatureModule } from '@careline/service-kit';
import { IdempotencyKey } from './idempotency-key.entity.js';

/** The idempotency keys the points mutations answer repeats with. */
export const idempotencyModule: FeatureModule = {
  name: 'idempotency',
  entities: [IdempotencyKey],
};
