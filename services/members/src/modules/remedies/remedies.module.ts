import { Events, type FeatureModule, type RemedyApprovedData } from '@careline/service-kit';
import { RemedyApplication } from './remedy-application.entity.js';
import { applyRemedy } from './remedies.consumer.js';

/** A complaint remedy approved in crm (RemedyApproved), carried out in members once. */
export const remediesModule: FeatureModule = {
  name: 'remedies',
  entities: [RemedyApplication],
  subscribe: ({ bus, orm, log }) =>
    bus.subscribe<RemedyApprovedData>('members', Events.RemedyApproved, async (event) => {
      await applyRemedy({ rootEm: orm.em, bus, log }, event);
    }),
};
