import type { FeatureModule } from '@careline/service-kit';
import { Card, UsedCardNumber } from './card.entity.js';
import { CardResolver } from './card.resolver.js';

/** 会员卡: the cards and the numbers ever used (issuing and replacing is the membership lifecycle's). */
export const cardModule: FeatureModule = {
  name: 'card',
  entities: [Card, UsedCardNumber],
  resolvers: [CardResolver],
};
