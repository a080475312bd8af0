/** The tabs of the admin remote, in the order they are shown; the remote shows those the shell hands it. */
export const adminTabs = ['staff', 'departments', 'partners', 'audit'] as const;

export type AdminTab = (typeof adminTabs)[number];
