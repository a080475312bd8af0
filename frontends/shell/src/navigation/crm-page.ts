/** The pages of the CRM remote (one list with the remote's, in @careline/frontend-shared). */
export { crmPages, type CrmPage } from '@careline/frontend-shared';
