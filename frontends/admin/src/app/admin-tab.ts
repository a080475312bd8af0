/** The admin remote's tabs (one list with the shell's navigation, in @careline/frontend-shared). */
export { adminTabs, type AdminTab } from '@careline/frontend-shared';
