import type { FeatureModule } from '@careline/service-kit';
import { Gift } from './gift.entity.js';
import { GiftRedemption } from './gift-redemption.entity.js';
import { GiftsResolver } from './gifts.resolver.js';
import { GiftRedemptionResolver } from './gift-redemption.resolver.js';

/** 礼品: the catalogue, its stock and unit costs, and redemptions for points. */
export const giftsModule: FeatureModule = {
  name: 'gifts',
  entities: [Gift, GiftRedemption],
  resolvers: [GiftsResolver, GiftRedemptionResolver],
};
