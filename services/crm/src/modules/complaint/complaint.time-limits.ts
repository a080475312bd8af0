import { registerEnumType } from 'type-graphql';
import type { ComplaintSeverity } from './complaint.entity.js';
import { ComplaintStatus } from './complaint.machine.js';

/**
 * Complaint time limits 投诉时限 (docs/domain.md §3): how long a complaint may wait at a stage, per
 * severity, who owns the stage and whom the time-limit job escalates to when it runs over. The
 * limits themselves are data (crm.complaint_time_limit), edited by the customer-service admin; the
 * defaults below are what the migration seeds.
 */

/** the stages with a clock: every open status (RESOLVED waits for the customer, CLOSED is done) */
export const TIMED_STAGES = [
  ComplaintStatus.RECEIVED,
  ComplaintStatus.ONSITE,
  ComplaintStatus.ESCALATED,
  ComplaintStatus.CONFERENCE,
  ComplaintStatus.RESOLUTION_PROPOSED,
  ComplaintStatus.DIRECTOR_APPROVED,
  ComplaintStatus.FINANCE_CONFIRMED,
] as const;
export type TimedStage = (typeof TIMED_STAGES)[number];

export const isTimedStage = (status: ComplaintStatus): status is TimedStage =>
  (TIMED_STAGES as readonly ComplaintStatus[]).includes(status);

/** Who acts at a stage (the owner) or is escalated to (the next owner). */
export enum ComplaintOwner {
  ONSITE = 'ONSITE',
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  CS_MANAGER = 'CS_MANAGER',
  DIRECTOR = 'DIRECTOR',
  FINANCE = 'FINANCE',
}
registerEnumType(ComplaintOwner, {
  name: 'ComplaintOwner',
  description: 'who acts on a complaint at its stage, or whom it was escalated to when the stage ran past its time limit',
  valuesConfig: {
    ONSITE: { description: '现场咨询 on-site consultant' },
    CUSTOMER_SERVICE: { description: '客服部 customer service' },
    CS_MANAGER: { description: '客服经理 customer-service manager (the department admin)' },
    DIRECTOR: { description: '院长 / 运营管理部总监 the director' },
    FINANCE: { description: '财务科 finance' },
  },
});

/** The owner of a stage; RESOLUTION_PROPOSED waits for the director only when money is involved. */
export function stageOwner(stage: TimedStage, needsApproval: boolean): ComplaintOwner {
  switch (stage) {
    case ComplaintStatus.RECEIVED:
    case ComplaintStatus.ONSITE:
      return ComplaintOwner.ONSITE;
    case ComplaintStatus.ESCALATED:
    case ComplaintStatus.CONFERENCE:
    case ComplaintStatus.FINANCE_CONFIRMED:
      return ComplaintOwner.CUSTOMER_SERVICE;
    case ComplaintStatus.RESOLUTION_PROPOSED:
      return needsApproval ? ComplaintOwner.DIRECTOR : ComplaintOwner.CUSTOMER_SERVICE;
    case ComplaintStatus.DIRECTOR_APPROVED:
      return ComplaintOwner.FINANCE;
  }
}

/**
 * Whom a stage that ran over goes to: the on-site stages to customer service (the status becomes
 * ESCALATED, as after the third failed attempt); a customer-service stage to the CS manager; the
 * director's and finance's stages to the director (the top of the chain: a reminder on record).
 */
export function escalationTarget(stage: TimedStage, needsApproval: boolean): ComplaintOwner {
  const owner = stageOwner(stage, needsApproval);
  switch (owner) {
    case ComplaintOwner.ONSITE:
      return ComplaintOwner.CUSTOMER_SERVICE;
    case ComplaintOwner.CUSTOMER_SERVICE:
      return ComplaintOwner.CS_MANAGER;
    default:
      return ComplaintOwner.DIRECTOR;
  }
}

const H = 60;
/**
 * The seeded limits in minutes (docs/domain.md §3 names the steps but no durations; these follow
 * the usual service-desk practice of shorter limits for graver complaints: a critical one is taken
 * up on site within 30 minutes, a low one within a day). Edited as data afterwards.
 */
export const DEFAULT_LIMIT_MINUTES: Record<TimedStage, Record<ComplaintSeverity, number>> = {
  [ComplaintStatus.RECEIVED]: { LOW: 24 * H, MEDIUM: 8 * H, HIGH: 2 * H, CRITICAL: 30 },
  [ComplaintStatus.ONSITE]: { LOW: 72 * H, MEDIUM: 48 * H, HIGH: 24 * H, CRITICAL: 4 * H },
  [ComplaintStatus.ESCALATED]: { LOW: 72 * H, MEDIUM: 48 * H, HIGH: 24 * H, CRITICAL: 8 * H },
  [ComplaintStatus.CONFERENCE]: { LOW: 120 * H, MEDIUM: 72 * H, HIGH: 48 * H, CRITICAL: 24 * H },
  [ComplaintStatus.RESOLUTION_PROPOSED]: { LOW: 48 * H, MEDIUM: 48 * H, HIGH: 24 * H, CRITICAL: 8 * H },
  [ComplaintStatus.DIRECTOR_APPROVED]: { LOW: 72 * H, MEDIUM: 72 * H, HIGH: 48 * H, CRITICAL: 24 * H },
  [ComplaintStatus.FINANCE_CONFIRMED]: { LOW: 48 * H, MEDIUM: 48 * H, HIGH: 24 * H, CRITICAL: 8 * H },
};

/** a limit is whole minutes, at least one, at most 30 days */
export const MIN_LIMIT_MINUTES = 1;
export const MAX_LIMIT_MINUTES = 30 * 24 * H;

/** When a stage entered at `enteredAt` with `limitMinutes` runs out. */
export const dueAt = (enteredAt: Date, limitMinutes: number): Date => new Date(enteredAt.getTime() + limitMinutes * 60_000);
