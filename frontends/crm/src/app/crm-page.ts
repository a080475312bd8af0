/**
 * The CRM remote's pages, in the order they are shown; the shell hands the remote those a role may open.
 * The shell also names 'visit-desk' (导医台); the remote shows only the pages it has, and that one is not built yet.
 */
export const crmPages = ['customers', 'consultation', 'appointments', 'follow-ups', 'complaints', 'key-accounts', 'messages'] as const;

export type CrmPage = (typeof crmPages)[number];
