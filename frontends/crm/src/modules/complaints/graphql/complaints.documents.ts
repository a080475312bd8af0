import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { SourceChannel } from '../../customers/graphql/customers.documents.js';

// Hand-written from services/crm/schema.graphql (Complaint, complaints, the complaint mutations).

export type ComplaintStatus =
  | 'RECEIVED'
  | 'ONSITE'
  | 'ESCALATED'
  | 'CONFERENCE'
  | 'RESOLUTION_PROPOSED'
  | 'DIRECTOR_APPROVED'
  | 'FINANCE_CONFIRMED'
  | 'RESOLVED'
  | 'CLOSED';
export const complaintStatuses: readonly ComplaintStatus[] = [
  'RECEIVED',
  'ONSITE',
  'ESCALATED',
  'CONFERENCE',
  'RESOLUTION_PROPOSED',
  'DIRECTOR_APPROVED',
  'FINANCE_CONFIRMED',
  'RESOLVED',
  'CLOSED',
];
export type ComplaintAction =
  | 'START_ONSITE'
  | 'ONSITE_ATTEMPT_FAILED'
  | 'RESOLVE_ONSITE'
  | 'CONVENE_CONFERENCE'
  | 'PROPOSE_RESOLUTION'
  | 'DIRECTOR_APPROVE'
  | 'DIRECTOR_REJECT'
  | 'FINANCE_CONFIRM'
  | 'RESOLVE'
  | 'CLOSE'
  | 'EMERGENCY'
  | 'RECORD_RESPONSIBILITY';
export type ComplaintKind = 'COMPLAINT' | 'SUGGESTION';
export type ComplaintCategory =
  | 'SERVICE_ATTITUDE'
  | 'MEDICAL_QUALITY'
  | 'BILLING'
  | 'POINTS_NOT_CREDITED'
  | 'MEMBERSHIP_NOT_INTRODUCED'
  | 'GIFT_ISSUE'
  | 'WAITING_TIME'
  | 'OTHER';
export type ComplaintSeverity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type ResolutionKind = 'EXPLANATION' | 'REFUND' | 'COMPENSATION';
export const resolutionKinds: readonly ResolutionKind[] = ['EXPLANATION', 'REFUND', 'COMPENSATION'];

/** crm's `Complaint`, as the workbench shows it. */
export interface Complaint {
  id: string;
  kind: ComplaintKind;
  customerId: string | null;
  channel: SourceChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string | null;
  departmentCode: string | null;
  status: ComplaintStatus;
  onsiteAttempts: number;
  emergency: boolean;
  resolutionKind: ResolutionKind | null;
  resolution: string | null;
  amount: string | null;
  satisfaction: number | null;
  responsibleDepartment: string | null;
  penalty: string | null;
  announced: boolean;
  receivedAt: string;
  closedAt: string | null;
  steps: {
    id: string;
    action: string;
    fromStatus: ComplaintStatus | null;
    toStatus: ComplaintStatus;
    actorName: string | null;
    note: string | null;
    at: string;
  }[];
}

const ComplaintFragment = gql`
  fragment CrmComplaint on Complaint {
    id
    kind
    customerId
    channel
    category
    severity
    description
    departmentCode
    status
    onsiteAttempts
    emergency
    resolutionKind
    resolution
    amount
    satisfaction
    responsibleDepartment
    penalty
    announced
    receivedAt
    closedAt
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
`;

export interface ComplaintsData {
  complaints: { nodes: Complaint[]; pageInfo: PageInfo; totalCount: number };
}

export const ComplaintsDocument: TypedDocumentNode<
  ComplaintsData,
  { status: ComplaintStatus | null; first: number; after: string | null }
> = gql`
  query CrmComplaints($status: ComplaintStatus, $first: Int!, $after: String) {
    complaints(status: $status, first: $first, after: $after) {
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
  ${ComplaintFragment}
`;

type One = { id: string } & Record<string, unknown>;

export const AdvanceComplaintDocument: TypedDocumentNode<
  { advanceComplaint: Complaint },
  { input: { complaintId: string; action: ComplaintAction; note: string | null; participants: string[] | null } }
> = gql`
  mutation CrmAdvanceComplaint($input: ComplaintStepInput!) {
    advanceComplaint(input: $input) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const ProposeComplaintResolutionDocument: TypedDocumentNode<
  { proposeComplaintResolution: Complaint },
  { input: { complaintId: string; kind: ResolutionKind; resolution: string; amount: string | null; receiptNumber?: string | null } }
> = gql`
  mutation CrmProposeComplaintResolution($input: ProposeResolutionInput!) {
    proposeComplaintResolution(input: $input) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const ApproveComplaintResolutionDocument: TypedDocumentNode<
  { approveComplaintResolution: One },
  { complaintId: string; note: string | null }
> = gql`
  mutation CrmApproveComplaintResolution($complaintId: ID!, $note: String) {
    approveComplaintResolution(complaintId: $complaintId, note: $note) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const RejectComplaintResolutionDocument: TypedDocumentNode<
  { rejectComplaintResolution: One },
  { complaintId: string; note: string | null }
> = gql`
  mutation CrmRejectComplaintResolution($complaintId: ID!, $note: String) {
    rejectComplaintResolution(complaintId: $complaintId, note: $note) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const ConfirmComplaintRefundDocument: TypedDocumentNode<
  { confirmComplaintRefund: One },
  { complaintId: string; note: string | null }
> = gql`
  mutation CrmConfirmComplaintRefund($complaintId: ID!, $note: String) {
    confirmComplaintRefund(complaintId: $complaintId, note: $note) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const EscalateComplaintEmergencyDocument: TypedDocumentNode<
  { escalateComplaintEmergency: One },
  { complaintId: string; note: string | null; notifyDepartments: string[] }
> = gql`
  mutation CrmEscalateComplaintEmergency($complaintId: ID!, $note: String, $notifyDepartments: [String!]!) {
    escalateComplaintEmergency(complaintId: $complaintId, note: $note, notifyDepartments: $notifyDepartments) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const CloseComplaintDocument: TypedDocumentNode<
  { closeComplaint: One },
  { input: { complaintId: string; satisfaction: number; note: string | null } }
> = gql`
  mutation CrmCloseComplaint($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const RecordComplaintResponsibilityDocument: TypedDocumentNode<
  { recordComplaintResponsibility: One },
  { input: { complaintId: string; departmentCode: string; staffId: string | null; penalty: string | null; announced: boolean } }
> = gql`
  mutation CrmRecordComplaintResponsibility($input: ComplaintResponsibilityInput!) {
    recordComplaintResponsibility(input: $input) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;

export const complaintCategories: readonly ComplaintCategory[] = [
  'SERVICE_ATTITUDE',
  'MEDICAL_QUALITY',
  'BILLING',
  'POINTS_NOT_CREDITED',
  'MEMBERSHIP_NOT_INTRODUCED',
  'GIFT_ISSUE',
  'WAITING_TIME',
  'OTHER',
];
export const complaintSeverities: readonly ComplaintSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** crm's `ReceiveComplaintInput`. */
export interface ReceiveComplaintInput {
  kind: ComplaintKind;
  customerId: string | null;
  channel: SourceChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
  departmentCode: string | null;
}

/** 受理: receives a complaint or suggestion. */
export const ReceiveComplaintDocument: TypedDocumentNode<{ receiveComplaint: Complaint }, { input: ReceiveComplaintInput }> = gql`
  mutation CrmReceiveComplaint($input: ReceiveComplaintInput!) {
    receiveComplaint(input: $input) {
      ...CrmComplaint
    }
  }
  ${ComplaintFragment}
`;
