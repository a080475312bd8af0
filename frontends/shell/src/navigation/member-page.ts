/** The pages of the members remote, in the order they are shown; the remote shows those the shell hands it. */
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
