/**
 * What a partner's API key may read (docs/partner-api.md). Identity stores a key's scopes and puts
 * them in the caller it answers the gateway with; every field a partner may reach names the scope it
 * needs in its `@Authorized(...)` list through `partnerWith(...)`, and the policy refuses a key
 * without it (FORBIDDEN, reason SCOPE_MISSING). A root field that names no scope is closed to
 * partners whatever their key holds.
 */
export const PartnerScope = {
  /** the partner's own key-account record and its roster's entry point */
  ACCOUNT_READ: 'account:read',
  /** the account's people: names, contact details (masked), profile */
  PEOPLE_READ: 'people:read',
  /** their memberships, tiers, cards and points balances */
  MEMBERSHIP_READ: 'membership:read',
  /** their visits to the hospital */
  VISITS_READ: 'visits:read',
  /** per-person figures from analytics: visits, deals, spend, points */
  SPEND_READ: 'spend:read',
  /** the key-account report: visit frequency, spend, diseases, projects, satisfaction */
  REPORT_READ: 'report:read',
} as const;
export type PartnerScope = (typeof PartnerScope)[keyof typeof PartnerScope];

export const PARTNER_SCOPES: PartnerScope[] = Object.values(PartnerScope);

const PREFIX = 'scope:';

/** An `@Authorized` entry: partners whose API key holds `scope` may use the field. */
export const partnerWith = (scope: PartnerScope): `scope:${PartnerScope}` => `${PREFIX}${scope}`;

/** The partner scopes an `@Authorized` list accepts (any one of them is enough). */
export const scopesIn = (roles: readonly string[]): string[] =>
  roles.filter((role) => role.startsWith(PREFIX)).map((role) => role.slice(PREFIX.length));
