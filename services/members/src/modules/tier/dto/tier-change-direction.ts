import { registerEnumType } from 'type-graphql';

export enum TierChangeDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(TierChangeDirection, {
  name: 'TierChangeDirection',
  description: 'which way a tier evaluation moves a member',
  valuesConfig: { UP: { description: '升级' }, DOWN: { description: '降级' } },
});
