import { gql, type TypedDocumentNode } from '@apollo/client';

/** identity's staff member by id (the director may read anyone; others are refused). */
export const StaffNameDocument: TypedDocumentNode<{ staff: { id: string; name: string; departmentCode: string } | null }, { id: string }> =
  gql`
    query CrmStaffName($id: ID!) {
      staff(id: $id) {
        id
        name
        departmentCode
      }
    }
  `;
