import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written from services/crm/schema.graphql (FollowUpTask, myFollowUpsToday, overdueFollowUps, Customer.followUps, completeFollowUp).

export type FollowUpType = 'POST_TREATMENT' | 'UNCONVERTED' | 'NEXT_DAY' | 'SATISFACTION' | 'REVISIT_REMINDER' | 'DISCHARGE';
export type FollowUpChannel = 'PHONE' | 'WECHAT' | 'FACE_TO_FACE' | 'SMS';
export type FollowUpStatus = 'OPEN' | 'DONE' | 'CANCELLED';

/** crm's `FollowUpTask`, as the queue shows it. */
export interface FollowUpTask {
  id: string;
  customerId: string | null;
  consultationId: string | null;
  visitId: string | null;
  type: FollowUpType;
  channel: FollowUpChannel;
  dueDate: string;
  assigneeId: string | null;
  departmentCode: string;
  status: FollowUpStatus;
  overdue: boolean;
  result: string | null;
  satisfaction: number | null;
  completedAt: string | null;
  createdAt: string;
}

const FollowUpTaskFragment = gql`
  fragment CrmFollowUpTask on FollowUpTask {
    id
    customerId
    consultationId
    visitId
    type
    channel
    dueDate
    assigneeId
    departmentCode
    status
    overdue
    result
    satisfaction
    completedAt
    createdAt
  }
`;

/** 我的回访: mine, due today or earlier, still open. */
export const MyFollowUpsTodayDocument: TypedDocumentNode<{ myFollowUpsToday: FollowUpTask[] }, Record<string, never>> = gql`
  query CrmMyFollowUpsToday {
    myFollowUpsToday {
      ...CrmFollowUpTask
    }
  }
  ${FollowUpTaskFragment}
`;

/** 逾期回访 of a department (default: the caller's). */
export const OverdueFollowUpsDocument: TypedDocumentNode<{ overdueFollowUps: FollowUpTask[] }, { departmentCode: string | null }> = gql`
  query CrmOverdueFollowUps($departmentCode: String) {
    overdueFollowUps(departmentCode: $departmentCode) {
      ...CrmFollowUpTask
    }
  }
  ${FollowUpTaskFragment}
`;

/** 客户的回访: every task of one customer (generated or hand-made, any due day), newest first. */
export const CustomerFollowUpsDocument: TypedDocumentNode<
  { customer: { id: string; followUps: { nodes: FollowUpTask[]; totalCount: number } | null } | null },
  { customerId: string; status: FollowUpStatus | null }
> = gql`
  query CrmCustomerFollowUps($customerId: ID!, $status: FollowUpStatus) {
    customer(id: $customerId) {
      id
      followUps(status: $status, first: 100) {
        nodes {
          ...CrmFollowUpTask
        }
        totalCount
      }
    }
  }
  ${FollowUpTaskFragment}
`;

/** crm's `CompleteFollowUpInput`. */
export interface CompleteFollowUpInput {
  taskId: string;
  result: string;
  satisfaction: number | null;
  newNeedFound: boolean;
  newNeed: string | null;
}

export const CompleteFollowUpDocument: TypedDocumentNode<{ completeFollowUp: FollowUpTask }, { input: CompleteFollowUpInput }> = gql`
  mutation CrmCompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      ...CrmFollowUpTask
    }
  }
  ${FollowUpTaskFragment}
`;
