/** identity's `StaffRole`: what a staff member may do across the system. */
export type { StaffRole } from '../gql/graphql';
