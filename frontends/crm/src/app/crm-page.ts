/**
 * The CRM remote's pages, in the order they are shown; the shell hands the remote those a role may open.
 * The remote shows only the pages it has and the shell allows (导医台 'visit-desk': guides, on-site, the director).
 */
export const crmPages = [
  'customers',
  'consultation',
  'appointments',
  'visit-desk',
  'follow-ups',
  'complaints',
  'key-accounts',
  'messages',
] as const;

export type CrmPage = (typeof crmPages)[number];
