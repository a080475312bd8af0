/** The pages of the CRM remote, in the order they are shown; the remote shows those the shell hands it. */
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
