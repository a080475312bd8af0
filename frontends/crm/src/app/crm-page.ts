/** The CRM remote's pages (one list with the shell's navigation, in @careline/frontend-shared). */
export { crmPages, type CrmPage } from '@careline/frontend-shared';
