/** The tabs of the admin remote (one list with the remote's, in @careline/frontend-shared). */
export { adminTabs, type AdminTab } from '@careline/frontend-shared';
