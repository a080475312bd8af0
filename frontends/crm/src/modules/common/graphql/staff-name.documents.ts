import { graphql } from '../../../gql';

/** identity's staff member by id (the director may read anyone; others are refused). */
export const StaffNameDocument = graphql(`
  query CrmStaffName($id: ID!) {
    staff(id: $id) {
      id
      name
      departmentCode
    }
  }
`);

/** identity's active staff by name fragment, in name order: to name a person on a record. */
export const ColleaguesDocument = graphql(`
  query CrmColleagues($search: String!) {
    colleagues(search: $search, first: 20) {
      nodes {
        id
        name
        departmentCode
      }
    }
  }
`);
