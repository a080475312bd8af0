import { graphql } from '../../../gql';
import type { ComplaintCategory, ComplaintKind, ComplaintSeverity, ComplaintStatus, ResolutionKind } from '../../../gql/graphql';

export const complaintKinds = ['COMPLAINT', 'SUGGESTION'] satisfies readonly ComplaintKind[];

/** crm's `ComplaintStatus`, in the order of the process (the workbench's filter). */
export const complaintStatuses = [
  'RECEIVED',
  'ONSITE',
  'ESCALATED',
  'CONFERENCE',
  'RESOLUTION_PROPOSED',
  'DIRECTOR_APPROVED',
  'FINANCE_CONFIRMED',
  'RESOLVED',
  'CLOSED',
] satisfies readonly ComplaintStatus[];
export const resolutionKinds = ['EXPLANATION', 'REFUND', 'COMPENSATION'] satisfies readonly ResolutionKind[];
export const complaintCategories = [
  'SERVICE_ATTITUDE',
  'MEDICAL_QUALITY',
  'BILLING',
  'POINTS_NOT_CREDITED',
  'MEMBERSHIP_NOT_INTRODUCED',
  'GIFT_ISSUE',
  'WAITING_TIME',
  'OTHER',
] satisfies readonly ComplaintCategory[];
export const complaintSeverities = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] satisfies readonly ComplaintSeverity[];
/** the stages with a time limit (crm's TIMED_STAGES), in the order of the process */
export const timedStages = [
  'RECEIVED',
  'ONSITE',
  'ESCALATED',
  'CONFERENCE',
  'RESOLUTION_PROPOSED',
  'DIRECTOR_APPROVED',
  'FINANCE_CONFIRMED',
] satisfies readonly ComplaintStatus[];

/** crm's `Complaint`, as the workbench shows it. */
export const ComplaintFragment = graphql(`
  fragment CrmComplaint on Complaint {
    id
    kind
    customerId
    channel
    category
    severity
    description
    approvalText
    departmentCode
    status
    viewerActions
    onsiteAttempts
    emergency
    resolutionKind
    resolution
    amountFen
    satisfaction
    responsibleDepartment
    penalty
    announced
    receivedAt
    closedAt
    stageEnteredAt
    timeLimitMinutes
    dueAt
    owner
    overdue
    overdueAt
    overdueCount
    escalatedTo
    escalatedAt
    steps {
      id
      action
      fromStatus
      toStatus
      actorName
      note
      at
    }
  }
`);

export const ComplaintsDocument = graphql(`
  query CrmComplaints($status: ComplaintStatus, $overdueOnly: Boolean, $first: Int!, $after: String) {
    complaints(status: $status, overdueOnly: $overdueOnly, first: $first, after: $after) {
      nodes {
        ...CrmComplaint
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** One complaint, for a drawer opened by a link (the customer 360's timeline) when it is not on the list's page. */
export const ComplaintDocument = graphql(`
  query CrmComplaint($id: ID!) {
    complaint(id: $id) {
      ...CrmComplaint
    }
  }
`);

export const AdvanceComplaintDocument = graphql(`
  mutation CrmAdvanceComplaint($input: ComplaintStepInput!) {
    advanceComplaint(input: $input) {
      ...CrmComplaint
    }
  }
`);

export const ProposeComplaintResolutionDocument = graphql(`
  mutation CrmProposeComplaintResolution($input: ProposeResolutionInput!) {
    proposeComplaintResolution(input: $input) {
      ...CrmComplaint
    }
  }
`);

export const ApproveComplaintResolutionDocument = graphql(`
  mutation CrmApproveComplaintResolution($complaintId: ID!, $note: String) {
    approveComplaintResolution(complaintId: $complaintId, note: $note) {
      ...CrmComplaint
    }
  }
`);

export const RejectComplaintResolutionDocument = graphql(`
  mutation CrmRejectComplaintResolution($complaintId: ID!, $note: String) {
    rejectComplaintResolution(complaintId: $complaintId, note: $note) {
      ...CrmComplaint
    }
  }
`);

export const ConfirmComplaintRefundDocument = graphql(`
  mutation CrmConfirmComplaintRefund($complaintId: ID!, $note: String) {
    confirmComplaintRefund(complaintId: $complaintId, note: $note) {
      ...CrmComplaint
    }
  }
`);

export const EscalateComplaintEmergencyDocument = graphql(`
  mutation CrmEscalateComplaintEmergency($complaintId: ID!, $note: String, $notifyDepartments: [String!]!) {
    escalateComplaintEmergency(complaintId: $complaintId, note: $note, notifyDepartments: $notifyDepartments) {
      ...CrmComplaint
    }
  }
`);

export const CloseComplaintDocument = graphql(`
  mutation CrmCloseComplaint($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      ...CrmComplaint
    }
  }
`);

export const RecordComplaintResponsibilityDocument = graphql(`
  mutation CrmRecordComplaintResponsibility($input: ComplaintResponsibilityInput!) {
    recordComplaintResponsibility(input: $input) {
      ...CrmComplaint
    }
  }
`);

/** 受理: receives a complaint or suggestion. */
export const ReceiveComplaintDocument = graphql(`
  mutation CrmReceiveComplaint($input: ReceiveComplaintInput!) {
    receiveComplaint(input: $input) {
      ...CrmComplaint
    }
  }
`);

/** 投诉时限: the limit of every open stage and severity. */
export const ComplaintTimeLimitsDocument = graphql(`
  query CrmComplaintTimeLimits {
    complaintTimeLimits {
      stage
      severity
      limitMinutes
      updatedAt
    }
  }
`);

/** The customer-service admin sets limits (all or none). */
export const UpdateComplaintTimeLimitsDocument = graphql(`
  mutation CrmUpdateComplaintTimeLimits($limits: [ComplaintTimeLimitInput!]!) {
    updateComplaintTimeLimits(limits: $limits) {
      stage
      severity
      limitMinutes
      updatedAt
    }
  }
`);
