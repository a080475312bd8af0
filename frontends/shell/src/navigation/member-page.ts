/** The pages of the members remote (one list with the remote's, in @careline/frontend-shared). */
export { memberPages, type MemberPage } from '@careline/frontend-shared';
