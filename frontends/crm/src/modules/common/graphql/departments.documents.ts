import { graphql } from '../../../gql';

/** identity's departments, in the hospital's order (reference data: any signed-in caller reads them). */
export const HospitalDepartmentsDocument = graphql(`
  query CrmHospitalDepartments {
    departments {
      code
    }
  }
`);
