import { graphql } from '../../../gql';

/** analytics' `MonthlyTarget`: the hospital's (departmentCode ''), a department's or a staff member's target for a month. */
export const MonthlyTargetFieldsFragment = graphql(`
  fragment MonthlyTargetFields on MonthlyTarget {
    month
    metric
    departmentCode
    staffId
    amountFen
    updatedAt
    updatedBy
  }
`);

export const MonthlyTargetsDocument = graphql(`
  query MonthlyTargets($month: YearMonth!, $departmentCode: String) {
    monthlyTargets(month: $month, departmentCode: $departmentCode) {
      ...MonthlyTargetFields
    }
  }
`);

export const SetMonthlyTargetDocument = graphql(`
  mutation SetMonthlyTarget($input: SetMonthlyTargetInput!) {
    setMonthlyTarget(input: $input) {
      ...MonthlyTargetFields
    }
  }
`);

/** identity's staff of one department, for the staff a target may be set for (at most 100 a department). */
export const TargetStaffDocument = graphql(`
  query TargetStaff($departmentCode: String!) {
    staffMembers(departmentCode: $departmentCode, first: 100) {
      nodes {
        id
        name
        departmentCode
      }
    }
  }
`);

export const TargetStaffNameDocument = graphql(`
  query TargetStaffName($id: ID!) {
    staff(id: $id) {
      id
      name
      departmentCode
    }
  }
`);
