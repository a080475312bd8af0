import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StaffRole } from '@careline/frontend-shared';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { Department } from '../../departments/graphql/departments.query.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph;
// then this file and its types are replaced by the generated `graphql()` documents.

/** identity's `Position` (岗位). */
export interface Position {
  code: string;
  name: string;
  nameEn: string;
}

/** identity's `Staff`, as the staff screen shows it. */
export interface StaffMember {
  id: string;
  name: string;
  username: string;
  departmentCode: string;
  department: Department;
  position: string;
  positionInfo: Position;
  role: StaffRole;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

const staffFields = `
  id
  name
  username
  departmentCode
  department { code name nameEn }
  position
  positionInfo { code name nameEn }
  role
  active
  lockedUntil
  lastLoginAt
  createdAt
`;

export interface StaffMembersVariables {
  search?: string | null;
  departmentCode?: string | null;
  first: number;
  after?: string | null;
}

export const StaffMembersDocument: TypedDocumentNode<
  { staffMembers: { nodes: StaffMember[]; pageInfo: PageInfo; totalCount: number } },
  StaffMembersVariables
> = gql`
  query StaffMembers($search: String, $departmentCode: String, $first: Int!, $after: String) {
    staffMembers(search: $search, departmentCode: $departmentCode, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { ${staffFields} }
    }
  }
`;

export const PositionsDocument: TypedDocumentNode<{ positions: Position[] }, Record<string, never>> = gql`
  query Positions {
    positions {
      code
      name
      nameEn
    }
  }
`;

/** identity's `CreateStaffInput`. */
export interface CreateStaffInput {
  name: string;
  username: string;
  password: string;
  departmentCode: string;
  position: string;
  role?: StaffRole | null;
}

export const CreateStaffDocument: TypedDocumentNode<{ createStaff: StaffMember }, { input: CreateStaffInput }> = gql`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) { ${staffFields} }
  }
`;

export const SetStaffActiveDocument: TypedDocumentNode<
  { setStaffActive: Pick<StaffMember, 'id' | 'active'> },
  { id: string; active: boolean }
> = gql`
  mutation SetStaffActive($id: ID!, $active: Boolean!) {
    setStaffActive(id: $id, active: $active) {
      id
      active
    }
  }
`;
