/**
 * Who is told what: each consumed event becomes a notification plan (kind, message values, link and
 * the audience as roles, departments and staff ids). The audience is resolved to active staff when
 * the event is delivered, so a person who joins or leaves a role is told (or not) from then on.
 */
import type {
  ApprovalRequestedData,
  ComplaintEmergencyData,
  ComplaintOverdueData,
  ComplaintResponsibilityAnnouncedData,
  FollowUpOverdueData,
  KeyAccountRiskRaisedData,
  PointsAdjustmentRequestedData,
} from '@careline/service-kit';
import { NotificationKind } from './notification.entity.js';

/** Staff matching any one clause are told; an empty audience tells nobody. */
export interface Audience {
  /** every active staff member (通报全院) */
  everyone?: boolean;
  /** everyone with one of these roles */
  roles?: string[];
  /** department admins (部门管理员) of these departments */
  adminsOf?: string[];
  /** everyone in these departments */
  membersOf?: string[];
  /** these staff members */
  staffIds?: string[];
  /** never these (the person who asked for an approval is not asked to approve it) */
  except?: string[];
}

export interface NotificationPlan {
  kind: NotificationKind;
  params: Record<string, string>;
  link: string;
  audience: Audience;
}

const COMPLAINTS_LINK = '/crm/complaints';
const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** 报分管院长, 通知各部门 (docs/domain.md §3): the director and the admins of the departments named. */
export const emergencyPlan = (data: ComplaintEmergencyData): NotificationPlan => ({
  kind: NotificationKind.COMPLAINT_EMERGENCY,
  params: { severity: str(data.severity), departments: data.notifyDepartments.join(',') },
  link: COMPLAINTS_LINK,
  audience: { roles: ['OPS_DIRECTOR'], adminsOf: data.notifyDepartments },
});

/** 通报全院: a responsibility decision the complaint handler chose to announce goes to every active staff member. */
export const announcedPlan = (data: ComplaintResponsibilityAnnouncedData): NotificationPlan => ({
  kind: NotificationKind.COMPLAINT_ANNOUNCED,
  params: { department: str(data.responsibleDepartment), category: str(data.category) },
  link: COMPLAINTS_LINK,
  audience: { everyone: true },
});

/** 风险预警: the account's manager and the director. */
export const keyAccountRiskPlan = (data: KeyAccountRiskRaisedData): NotificationPlan => ({
  kind: NotificationKind.KEY_ACCOUNT_RISK,
  params: { level: str(data.level), previousLevel: str(data.previousLevel), score: str(data.score) },
  link: `/crm/key-accounts/${data.keyAccountId}`,
  audience: { roles: ['OPS_DIRECTOR'], staffIds: data.accountManagerId ? [data.accountManagerId] : [] },
});

/** The next owner of an overdue complaint stage (docs/complaint-time-limits.md), as people. */
const OVERDUE_AUDIENCE: Record<string, Audience> = {
  ONSITE: { membersOf: ['ONSITE'] },
  CUSTOMER_SERVICE: { membersOf: ['CUSTOMER_SERVICE'] },
  CS_MANAGER: { adminsOf: ['CUSTOMER_SERVICE'] },
  DIRECTOR: { roles: ['OPS_DIRECTOR'] },
  FINANCE: { roles: ['FINANCE'] },
};

export const overduePlan = (data: ComplaintOverdueData): NotificationPlan => ({
  kind: NotificationKind.COMPLAINT_OVERDUE,
  params: { stage: str(data.stage), escalatedTo: str(data.escalatedTo), severity: str(data.severity) },
  link: COMPLAINTS_LINK,
  // an owner this version does not know tells the director rather than nobody
  audience: OVERDUE_AUDIENCE[data.escalatedTo] ?? { roles: ['OPS_DIRECTOR'] },
});

/** Who approves each waiting step: the director, finance, or the member centre's admins (a remedy's record check); never the one who asked. */
const APPROVERS: Record<string, Audience> = {
  DIRECTOR: { roles: ['OPS_DIRECTOR'] },
  FINANCE: { roles: ['FINANCE'] },
  MEMBER_CENTRE: { adminsOf: ['MEMBER_CENTRE'] },
};

/** a remedy's steps have a screen of their own (docs/domain.md §3) */
const REMEDIES_LINK = '/crm/remedies';

export const approvalPlan = (data: ApprovalRequestedData): NotificationPlan => ({
  kind: NotificationKind.APPROVAL_WAITING,
  params: { subject: str(data.subject), awaiting: str(data.awaiting) },
  link: data.subject === 'REMEDY' ? REMEDIES_LINK : COMPLAINTS_LINK,
  audience: { ...(APPROVERS[data.awaiting] ?? { roles: ['OPS_DIRECTOR'] }), except: data.requestedBy ? [data.requestedBy] : [] },
});

/**
 * 积分调整 waiting for a second person: those who may approve it (members' points.policy.ts: the
 * director and the member centre's admins), never the person who asked for it.
 */
export const adjustmentPlan = (data: PointsAdjustmentRequestedData): NotificationPlan => ({
  kind: NotificationKind.APPROVAL_WAITING,
  params: { subject: 'POINTS_ADJUSTMENT', awaiting: 'MEMBER_CENTRE', points: str(data.points) },
  link: '/members/adjustments',
  audience: { roles: ['OPS_DIRECTOR'], adminsOf: ['MEMBER_CENTRE'], except: [data.requestedBy] },
});

/**
 * 回访逾期: the task's owner, once (the overdue job marks a task once); a task still in its
 * department's queue has no owner, so that department's admins, who hand the queue out, are told.
 */
export const followUpOverduePlan = (data: FollowUpOverdueData): NotificationPlan => ({
  kind: NotificationKind.FOLLOW_UP_OVERDUE,
  params: { dueDate: str(data.dueDate), followUpType: str(data.type) },
  link: '/crm/follow-ups',
  audience: data.assigneeId ? { staffIds: [data.assigneeId] } : { adminsOf: [data.departmentCode] },
});
