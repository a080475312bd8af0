import { graphql } from '../../../gql';

/** crm's `FollowUpTask`, as the queue shows it. */
export const FollowUpTaskFragment = graphql(`
  fragment CrmFollowUpTask on FollowUpTask {
    id
    customerId
    consultationId
    visitId
    type
    channel
    dueDate
    assigneeId
    assignee {
      name
    }
    departmentCode
    status
    overdue
    result
    satisfaction
    completedAt
    createdAt
    viewerActions
  }
`);

/** 我的回访: mine, due today or earlier, still open. */
export const MyFollowUpsTodayDocument = graphql(`
  query CrmMyFollowUpsToday {
    myFollowUpsToday {
      ...CrmFollowUpTask
    }
  }
`);

/** 逾期回访 of a department (default: the caller's). */
export const OverdueFollowUpsDocument = graphql(`
  query CrmOverdueFollowUps($departmentCode: String) {
    overdueFollowUps(departmentCode: $departmentCode) {
      ...CrmFollowUpTask
    }
  }
`);

/** 客户的回访: every task of one customer (generated or hand-made, any due day), newest first. */
export const CustomerFollowUpsDocument = graphql(`
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
`);

export const CompleteFollowUpDocument = graphql(`
  mutation CrmCompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      ...CrmFollowUpTask
    }
  }
`);

/** 改派: a new owner for an open task (the director any task, a department admin their department's). */
export const ReassignFollowUpDocument = graphql(`
  mutation CrmReassignFollowUp($input: ReassignFollowUpInput!) {
    reassignFollowUp(input: $input) {
      ...CrmFollowUpTask
    }
  }
`);

/** 新建回访 by hand, for a named owner (default: the caller). */
export const CreateFollowUpDocument = graphql(`
  mutation CrmCreateFollowUp($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      ...CrmFollowUpTask
    }
  }
`);

/** identity's staff by name fragment, for picking an owner (a department admin sees their own department). */
export const FollowUpOwnerCandidatesDocument = graphql(`
  query CrmFollowUpOwnerCandidates($search: String!) {
    staffMembers(search: $search, first: 20) {
      nodes {
        id
        name
      }
    }
  }
`);
