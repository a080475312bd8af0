import { graphql } from '../../../gql';

/** identity's `Staff`, as the staff screen shows it. */
export const StaffMemberFieldsFragment = graphql(`
  fragment StaffMemberFields on Staff {
    id
    name
    username
    departmentCode
    department {
      code
      name
      nameEn
    }
    position
    specialities
    positionInfo {
      code
      name
      nameEn
    }
    role
    active
    lockedUntil
    lastLoginAt
    createdAt
  }
`);

export const StaffMembersDocument = graphql(`
  query StaffMembers($search: String, $departmentCode: String, $first: Int!, $after: String) {
    staffMembers(search: $search, departmentCode: $departmentCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...StaffMemberFields
      }
    }
  }
`);

/** identity's positions (岗位). */
export const PositionsDocument = graphql(`
  query Positions {
    positions {
      code
      name
      nameEn
    }
  }
`);

export const CreateStaffDocument = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      ...StaffMemberFields
    }
  }
`);

export const SetStaffActiveDocument = graphql(`
  mutation SetStaffActive($id: ID!, $active: Boolean!) {
    setStaffActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

/** 专长: replaces a staff member's specialities (a doctor's 种植, 正畸…). */
export const SetStaffSpecialitiesDocument = graphql(`
  mutation SetStaffSpecialities($id: ID!, $specialities: [String!]!) {
    setStaffSpecialities(id: $id, specialities: $specialities) {
      id
      specialities
    }
  }
`);
