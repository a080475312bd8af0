import { useSession } from '@careline/frontend-shared';
import { useMemo } from 'react';

// crm's department rules (services/crm: customer.roles.ts, care-access.ts, key-account.roles.ts,
// message.resolver.ts), mirrored so a screen offers only what will be accepted. Convenience only:
// crm checks every request again.
const CUSTOMER_DEPARTMENTS = ['CUSTOMER_SERVICE', 'CONSULTATION', 'ONSITE', 'GUIDE'];
const APPOINTMENT_DEPARTMENTS = ['CONSULTATION', 'ONSITE', 'GUIDE'];
const FOLLOW_UP_DEPARTMENTS = ['CUSTOMER_SERVICE', 'MEMBER_CENTRE'];
const COMPLAINT_DEPARTMENTS = ['CUSTOMER_SERVICE', 'ONSITE'];
const MESSAGE_DEPARTMENTS = ['CUSTOMER_SERVICE', 'MEMBER_CENTRE'];
/** members' enrolment rule (services/members membership.roles.ts ENROLLING_DEPARTMENTS) */
const ENROLLING_DEPARTMENTS = ['MEMBER_CENTRE', 'CUSTOMER_SERVICE'];
/** identity's clinical departments (科室): their admins edit their doctors' schedules (crm doctor-schedule.service.ts) */
export const CLINICAL_DEPARTMENTS = ['DENTAL', 'AESTHETIC', 'PHYSICAL_EXAM'];

/** What the signed-in role may do in the CRM. */
export function useCrmPermissions() {
  const { staff } = useSession();
  return useMemo(() => {
    const role = staff?.role;
    const department = staff?.departmentCode ?? '';
    const director = role === 'OPS_DIRECTOR';
    const frontLine = role === 'DEPT_ADMIN' || role === 'STAFF';
    const in_ = (departments: readonly string[]) => director || (frontLine && departments.includes(department));
    return {
      /** register, edit and reclassify customers */
      writesCustomers: in_(CUSTOMER_DEPARTMENTS),
      /** book, cancel, mark no-shows; read appointments and visits */
      books: in_(APPOINTMENT_DEPARTMENTS),
      /** 排班: edit doctors' schedules (the director; a clinical department's admin, their own doctors) */
      editsSchedules: director || (role === 'DEPT_ADMIN' && CLINICAL_DEPARTMENTS.includes(department)),
      /** 值班表: who is on duty for the rotation */
      setsRoster: in_(['ONSITE']),
      /** 到院登记 */
      registersVisits: in_(APPOINTMENT_DEPARTMENTS),
      /** open a member's card (members' 入会 page): the visit desk's prompt links there only for them */
      enrolsMembers: in_(ENROLLING_DEPARTMENTS),
      /** 成交结果 */
      recordsOutcomes: in_(['ONSITE']),
      /** hand-made follow-ups */
      createsFollowUps: in_(FOLLOW_UP_DEPARTMENTS),
      /** receive complaints and move them through the on-site and customer-service steps */
      handlesComplaints: in_(COMPLAINT_DEPARTMENTS),
      /** 投诉时限: edit the complaint time limits (the customer-service admin; complaint.deadlines.ts) */
      setsComplaintLimits: director || (role === 'DEPT_ADMIN' && department === 'CUSTOMER_SERVICE'),
      /** propose a resolution (customer service) */
      proposesResolutions: in_(['CUSTOMER_SERVICE']),
      /** approve or send back a refund or compensation */
      approvesResolutions: director,
      /** confirm an approved refund or compensation */
      confirmsRefunds: director || role === 'FINANCE',
      /** key accounts, their scores, risk, meetings and roster */
      keyAccounts: in_(['KEY_ACCOUNT']),
      /** message templates, campaigns and the delivery log (admins only) */
      messages: director || (role === 'DEPT_ADMIN' && MESSAGE_DEPARTMENTS.includes(department)),
      /** 预约提醒规则: the customer-service admin (reminder.resolver.ts) */
      setsReminderRules: director || (role === 'DEPT_ADMIN' && department === 'CUSTOMER_SERVICE'),
      /** propose a person's export or erasure (个人信息权利) */
      proposesPersonalData: in_(CUSTOMER_DEPARTMENTS),
      /** approve or reject an export: the director alone */
      decidesExports: director,
      /** approve or reject an erasure someone else proposed: the director and customer-department admins */
      decidesErasures: director || (role === 'DEPT_ADMIN' && CUSTOMER_DEPARTMENTS.includes(department)),
      /**
       * 补救核实: the step of a complaint-linked remedy this role takes (complaint.service.ts REMEDY_STEPS):
       * the director, finance, the member centre's admin; null for everyone else
       */
      remedyStep: director
        ? ('DIRECTOR' as const)
        : role === 'FINANCE'
          ? ('FINANCE' as const)
          : role === 'DEPT_ADMIN' && department === 'MEMBER_CENTRE'
            ? ('MEMBER_CENTRE' as const)
            : null,
      /** staff names beyond one's own department (identity lets the director read every staff member) */
      readsStaff: director,
    };
  }, [staff?.role, staff?.departmentCode]);
}
