import { describe, expect, it } from 'vitest';
import { ComplaintAction as A, ComplaintStatus as S, transition } from '../complaint.machine.js';
import {
  ComplaintOwner as O,
  DEFAULT_LIMIT_MINUTES,
  escalationTarget,
  isTimedStage,
  stageOwner,
  TIMED_STAGES,
} from '../complaint.time-limits.js';

const facts = (status: S) => ({ status, onsiteAttempts: 0, needsApproval: false });

describe('complaint time limits', () => {
  it('time every open stage, and neither a resolved nor a closed complaint', () => {
    expect(TIMED_STAGES).toHaveLength(7);
    expect(isTimedStage(S.RESOLVED)).toBe(false);
    expect(isTimedStage(S.CLOSED)).toBe(false);
  });

  it('hand an on-site stage that ran over to customer service, and keep the later stages where they are', () => {
    expect(transition(facts(S.RECEIVED), A.TIME_LIMIT_ESCALATE)).toBe(S.ESCALATED);
    expect(transition(facts(S.ONSITE), A.TIME_LIMIT_ESCALATE)).toBe(S.ESCALATED);
    for (const stage of [S.ESCALATED, S.CONFERENCE, S.RESOLUTION_PROPOSED, S.DIRECTOR_APPROVED, S.FINANCE_CONFIRMED])
      expect(transition(facts(stage), A.TIME_LIMIT_ESCALATE)).toBe(stage);
    expect(() => transition(facts(S.CLOSED), A.TIME_LIMIT_ESCALATE)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it.each([
    [S.RECEIVED, false, O.ONSITE, O.CUSTOMER_SERVICE],
    [S.ONSITE, false, O.ONSITE, O.CUSTOMER_SERVICE],
    [S.ESCALATED, false, O.CUSTOMER_SERVICE, O.CS_MANAGER],
    [S.CONFERENCE, false, O.CUSTOMER_SERVICE, O.CS_MANAGER],
    [S.RESOLUTION_PROPOSED, false, O.CUSTOMER_SERVICE, O.CS_MANAGER],
    [S.RESOLUTION_PROPOSED, true, O.DIRECTOR, O.DIRECTOR],
    [S.DIRECTOR_APPROVED, true, O.FINANCE, O.DIRECTOR],
    [S.FINANCE_CONFIRMED, true, O.CUSTOMER_SERVICE, O.CS_MANAGER],
  ] as const)('%s (money %s) is owned by %s and escalates to %s', (stage, money, owner, next) => {
    expect(stageOwner(stage, money)).toBe(owner);
    expect(escalationTarget(stage, money)).toBe(next);
  });

  it('seed graver complaints with limits no longer than lighter ones', () => {
    for (const stage of TIMED_STAGES) {
      const d = DEFAULT_LIMIT_MINUTES[stage];
      expect(d.CRITICAL).toBeLessThanOrEqual(d.HIGH);
      expect(d.HIGH).toBeLessThanOrEqual(d.MEDIUM);
      expect(d.MEDIUM).toBeLessThanOrEqual(d.LOW);
    }
  });
});
