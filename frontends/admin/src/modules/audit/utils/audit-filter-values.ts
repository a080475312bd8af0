import type { Dayjs } from 'dayjs';
import type { AuditOutcome } from '../../../gql/graphql';

/** What the audit filter form holds: the period is whole hospital days. */
export interface AuditFilterValues {
  actorId?: string;
  customerId?: string;
  operation?: string;
  outcome?: AuditOutcome;
  period?: [Dayjs, Dayjs] | null;
}
