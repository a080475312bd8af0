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
