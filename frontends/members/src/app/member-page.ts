/** The member centre's pages (one list with the shell's navigation, in @careline/frontend-shared). */
export { memberPages, type MemberPage } from '@careline/frontend-shared';
