/** The admin remote's tabs, in the order they are shown (the shell's navigation names the same keys). */
export const adminTabs = ['staff', 'departments', 'partners', 'audit'] as const;

export type AdminTab = (typeof adminTabs)[number];
