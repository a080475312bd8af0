import { newId } from '../ids.js';
import { AuditEvents, type AuditRecordedData } from '../events/contracts.js';
import type { Caller } from '../context.js';
import { PARTNER_SCOPES } from '../auth/scopes.js';
import type { TestService } from './index.js';

const AUDIT_QUEUE = 'audit-probe.AuditRecorded';

/**
 * Stands in for identity, which keeps the audit log: a queue subscribed to AuditRecorded and never
 * worked, so every entry the service publishes stays in pgboss.job to be read back.
 */
export async function auditProbe(service: TestService) {
  await service.bus.jobs.createQueue(AUDIT_QUEUE);
  await service.bus.jobs.subscribe(AuditEvents.AuditRecorded, AUDIT_QUEUE);
  return {
    /** every entry recorded for `actorId`, oldest first */
    async entriesOf(actorId: string): Promise<AuditRecordedData[]> {
      const rows = await service.orm.em
        .getConnection()
        .execute<{ entry: AuditRecordedData }[]>(
          `select data->'data' as entry from pgboss.job where name = ? and data->'data'->>'actorId' = ? order by created_on, id`,
          [AUDIT_QUEUE, actorId],
        );
      return rows.map((row) => row.entry);
    },
  };
}

/** A staff caller with a fresh id, so a test can pick out its own audit entries. */
export const staff = (role: string, department: string, name = `${role} ${department}`): Caller => ({
  kind: 'staff',
  id: newId(),
  name,
  role,
  department,
});

/** A partner organisation's API key, linked to key account `keyAccountId`, holding `scopes` (default: every partner scope). */
export const partner = (keyAccountId: string | undefined, name = '合作单位', scopes: string[] = PARTNER_SCOPES): Caller => ({
  kind: 'partner',
  id: newId(),
  name,
  partnerId: keyAccountId,
  scopes,
});
