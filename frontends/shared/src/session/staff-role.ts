/** identity's `StaffRole`: what a staff member may do across the system. */
export type StaffRole = 'OPS_DIRECTOR' | 'DEPT_ADMIN' | 'STAFF' | 'FINANCE' | 'AUDITOR';
