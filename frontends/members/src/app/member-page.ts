/** The member centre's pages, in the order they are shown (the shell's navigation names the same keys). */
export const memberPages = [
  'search',
  'enrol',
  'consumption',
  'redeem',
  'adjustments',
  'gifts',
  'activities',
  'birthdays',
  'finance',
] as const;

export type MemberPage = (typeof memberPages)[number];
