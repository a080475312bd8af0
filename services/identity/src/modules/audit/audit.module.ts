import type { FeatureModule } from '@careline/service-kit';
import { AuditEntry } from './audit-entry.entity.js';
import { ProcessedEvent } from './processed-event.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { subscribeAuditConsumer } from './audit.consumer.js';
import { scheduleAuditRetention } from './audit.retention.js';

/** The audit log: every service's AuditRecorded events, stored and searchable here, kept AUDIT_RETENTION_DAYS. */
export const auditModule: FeatureModule = {
  name: 'audit',
  entities: [AuditEntry, ProcessedEvent],
  resolvers: [AuditResolver],
  subscribe: async (scope) => {
    await subscribeAuditConsumer(scope);
    await scheduleAuditRetention(scope);
  },
  // an audit entry is never changed or removed, not even by the service that keeps it (docs/data-protection.md);
  // the retention purge runs as the owner, through identity.purge_audit_entries (docs/audit.md)
  tablePrivileges: { appendOnly: ['audit_entry'] },
};
