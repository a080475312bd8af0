import type { StaffRole } from './staff-role.js';

/** The signed-in staff member, as identity's `AuthPayload.staff` returns them. */
export interface SessionStaff {
  id: string;
  name: string;
  username: string;
  role: StaffRole;
  departmentCode: string;
  department: { code: string; name: string; nameEn: string };
  /** 岗位 code, e.g. MEMBER_SPECIALIST */
  position: string;
}

/** One sign-in, as kept in sessionStorage: identity's `AuthPayload`. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** when the access token stops being accepted (ISO 8601) */
  expiresAt: string;
  staff: SessionStaff;
}
