import type { SessionFieldsFragment } from '../gql/graphql';

/** One sign-in, as kept in sessionStorage: identity's `AuthPayload` (the `SessionFields` fragment of auth-documents.ts). */
export type Session = SessionFieldsFragment;

/** The signed-in staff member, as identity's `AuthPayload.staff` returns them (`position`: the 岗位 code, e.g. MEMBER_SPECIALIST). */
export type SessionStaff = Session['staff'];
