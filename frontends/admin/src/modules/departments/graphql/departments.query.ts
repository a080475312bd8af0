import { graphql } from '../../../gql';

/** identity's departments (部门). */
export const DepartmentsDocument = graphql(`
  query Departments {
    departments {
      code
      name
      nameEn
    }
  }
`);
