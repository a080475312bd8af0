import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` document.

/** identity's `Department`. */
export interface Department {
  code: string;
  name: string;
  nameEn: string;
}

export const DepartmentsDocument: TypedDocumentNode<{ departments: Department[] }, Record<string, never>> = gql`
  query Departments {
    departments {
      code
      name
      nameEn
    }
  }
`;
