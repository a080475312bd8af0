import type { ComplaintAction, ComplaintStatus, CrmComplaintFragment as Complaint } from '../../../gql/graphql';

// Mirrors services/crm/src/modules/complaint/complaint.machine.ts (docs/domain.md §3) to offer only the
// next allowed actions; the server decides anyway (CONFLICT TRANSITION_NOT_ALLOWED).

const OPEN: readonly ComplaintStatus[] = [
  'RECEIVED',
  'ONSITE',
  'ESCALATED',
  'CONFERENCE',
  'RESOLUTION_PROPOSED',
  'DIRECTOR_APPROVED',
  'FINANCE_CONFIRMED',
];

const FROM: Record<ComplaintAction, readonly ComplaintStatus[]> = {
  START_ONSITE: ['RECEIVED'],
  ONSITE_ATTEMPT_FAILED: ['ONSITE'],
  RESOLVE_ONSITE: ['ONSITE'],
  CONVENE_CONFERENCE: ['ESCALATED'],
  PROPOSE_RESOLUTION: ['ESCALATED', 'CONFERENCE'],
  DIRECTOR_APPROVE: ['RESOLUTION_PROPOSED'],
  DIRECTOR_REJECT: ['RESOLUTION_PROPOSED'],
  FINANCE_CONFIRM: ['DIRECTOR_APPROVED'],
  RESOLVE: ['RESOLUTION_PROPOSED', 'FINANCE_CONFIRMED'],
  CLOSE: ['RESOLVED'],
  EMERGENCY: OPEN,
  RECORD_RESPONSIBILITY: ['CLOSED'],
  // the time-limit job's own step: never offered to staff
  TIME_LIMIT_ESCALATE: [],
};

const ORDER = Object.keys(FROM) as ComplaintAction[];

/** A refund or compensation needs the director's approval, then finance's confirmation. */
export function needsApproval(complaint: Pick<Complaint, 'resolutionKind'>): boolean {
  return complaint.resolutionKind === 'REFUND' || complaint.resolutionKind === 'COMPENSATION';
}

/** The actions the workflow allows next for this complaint, in workflow order. */
export function allowedActions(complaint: Pick<Complaint, 'status' | 'resolutionKind'>): ComplaintAction[] {
  const money = needsApproval(complaint);
  return ORDER.filter((action) => {
    if (!FROM[action].includes(complaint.status)) return false;
    if (action === 'RESOLVE' && complaint.status === 'RESOLUTION_PROPOSED' && money) return false;
    if ((action === 'DIRECTOR_APPROVE' || action === 'DIRECTOR_REJECT') && !money) return false;
    return true;
  });
}
