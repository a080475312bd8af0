import type { FeatureModule } from '@careline/service-kit';
import { AuditEntry } from './audit-entry.entity.js';
import { ProcessedEvent } from './processed-event.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { subscribeAuditConsumer } from './audit.consumer.js';

/** The audit log: every service's AuditRecorded events, stored and searchable here. */
export const auditModule: FeatureModule = {
  name: 'audit',
  entities: [AuditEntry, ProcessedEvent],
  resolvers: [AuditResolver],
  subscribe: subscribeAuditConsumer,
};
