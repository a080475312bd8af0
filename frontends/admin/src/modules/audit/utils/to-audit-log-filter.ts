import { hospitalInstant } from '@careline/frontend-shared';
import type { AuditLogFilter } from '../../../gql/graphql';
import type { AuditFilterValues } from './audit-filter-values.js';

const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * The form's values as identity's filter. The picked days are hospital days: from the first day's
 * midnight in Asia/Shanghai up to (not including) the midnight after the last, whatever the browser's zone.
 */
export function toAuditLogFilter(values: AuditFilterValues): AuditLogFilter {
  const [first, last] = values.period ?? [];
  const midnight = (date: string) => hospitalInstant(date);
  return {
    actorId: blankToNull(values.actorId),
    customerId: blankToNull(values.customerId),
    operation: blankToNull(values.operation),
    outcome: values.outcome ?? null,
    from: first ? midnight(first.format('YYYY-MM-DD')) : null,
    to: last ? midnight(last.add(1, 'day').format('YYYY-MM-DD')) : null,
  };
}
