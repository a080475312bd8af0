import type { FeatureModule } from '@careline/service-kit';
import { KeyAccount, KeyAccountMeeting, KeyAccountRiskAssessment, KeyAccountScore } from './key-account.entity.js';
import { KeyAccountResolver } from './key-account.resolver.js';
import { keyAccountReference } from './key-account.reference.js';

/** 大客户: accounts, identification scores, risk assessments, meetings and the account analysis. */
export const keyAccountModule: FeatureModule = {
  name: 'key-account',
  entities: [KeyAccount, KeyAccountScore, KeyAccountRiskAssessment, KeyAccountMeeting],
  resolvers: [KeyAccountResolver],
  references: keyAccountReference,
};
