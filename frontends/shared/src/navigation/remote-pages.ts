// The pages of each remote, in the order they are shown: the contract between the shell, which hands a
// remote the pages a role may open, and the remote, which shows those it has. One list per remote, here,
// so the two sides cannot drift apart.

/** The admin remote's tabs. */
export const adminTabs = ['staff', 'departments', 'partners', 'audit'] as const;

export type AdminTab = (typeof adminTabs)[number];

/** The CRM remote's pages (导医台 'visit-desk': guides, on-site, the director). */
export const crmPages = [
  'customers',
  'consultation',
  'appointments',
  // 排班: the doctors' schedules (the director, the admin of a clinical department)
  'schedules',
  'visit-desk',
  'follow-ups',
  'complaints',
  // 补救核实: the three steps of a complaint-linked remedy (the director, finance, the member centre admin)
  'remedies',
  'key-accounts',
  'messages',
  // 个人信息权利: export and erasure requests (customer service proposes, the director and a second person decide)
  'personal-data',
] as const;

export type CrmPage = (typeof crmPages)[number];

/** The member centre's pages. */
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
