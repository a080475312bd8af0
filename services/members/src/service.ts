import type { ServiceDefinition } from '@careline/service-kit';
import { createMembersLoaders, type MembersLoaders } from './context.js';
import { migrations } from './migrations/index.js';
import { knownCustomerModule } from './modules/known-customer/known-customer.module.js';
import { membershipModule } from './modules/membership/membership.module.js';
import { cardModule } from './modules/card/card.module.js';
import { tierModule } from './modules/tier/tier.module.js';
import { activityModule } from './modules/activity/activity.module.js';
import { birthdayModule } from './modules/birthday/birthday.module.js';
import { mergeModule } from './modules/merge/merge.module.js';
import { pointsModule } from './modules/points/points.module.js';
import { staffNamesModule } from './modules/staff-names/staff-names.module.js';
import { idempotencyModule } from '@careline/service-kit';
import { consumptionModule } from './modules/consumption/consumption.module.js';
import { adjustmentsModule } from './modules/adjustments/adjustments.module.js';
import { giftsModule } from './modules/gifts/gifts.module.js';
import { remediesModule } from './modules/remedies/remedies.module.js';
import { financeModule } from './modules/finance/finance.module.js';
import { personalDataModule } from './modules/personal-data/personal-data.module.js';
import { referralModule } from './modules/referral/referral.module.js';

export const membersService: ServiceDefinition<MembersLoaders> = {
  name: 'members',
  migrations,
  modules: [
    knownCustomerModule,
    membershipModule,
    cardModule,
    tierModule,
    activityModule,
    birthdayModule,
    mergeModule,
    pointsModule,
    staffNamesModule,
    idempotencyModule,
    consumptionModule,
    adjustmentsModule,
    giftsModule,
    remediesModule,
    referralModule,
    financeModule,
    personalDataModule,
  ],
  createLoaders: createMembersLoaders,
};
