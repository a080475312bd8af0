import { describe, expect, it } from 'vitest';
import {
  canTransition,
  ComplaintAction as A,
  ComplaintStatus as S,
  transition,
  TRANSITIONS,
  type ComplaintFacts,
} from '../complaint.machine.js';

const facts = (status: S, extra: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  status,
  onsiteAttempts: 0,
  needsApproval: false,
  ...extra,
});

describe('complaint state machine', () => {
  it.each([
    [S.RECEIVED, A.START_ONSITE, S.ONSITE],
    [S.ONSITE, A.RESOLVE_ONSITE, S.RESOLVED],
    [S.ESCALATED, A.CONVENE_CONFERENCE, S.CONFERENCE],
    [S.CONFERENCE, A.PROPOSE_RESOLUTION, S.RESOLUTION_PROPOSED],
    [S.ESCALATED, A.PROPOSE_RESOLUTION, S.RESOLUTION_PROPOSED],
    [S.RESOLVED, A.CLOSE, S.CLOSED],
    [S.CLOSED, A.RECORD_RESPONSIBILITY, S.CLOSED],
  ])('allows %s --%s--> %s', (from, action, to) => {
    expect(transition(facts(from), action)).toBe(to);
  });

  it('keeps a complaint on site after one or two failed attempts and escalates it to customer service on the third', () => {
    expect(transition(facts(S.ONSITE, { onsiteAttempts: 0 }), A.ONSITE_ATTEMPT_FAILED)).toBe(S.ONSITE);
    expect(transition(facts(S.ONSITE, { onsiteAttempts: 1 }), A.ONSITE_ATTEMPT_FAILED)).toBe(S.ONSITE);
    expect(transition(facts(S.ONSITE, { onsiteAttempts: 2 }), A.ONSITE_ATTEMPT_FAILED)).toBe(S.ESCALATED);
  });

  it('takes a refund through the director’s approval and then finance’s confirmation before it is resolved', () => {
    const money = { needsApproval: true };
    expect(transition(facts(S.RESOLUTION_PROPOSED, money), A.DIRECTOR_APPROVE)).toBe(S.DIRECTOR_APPROVED);
    expect(transition(facts(S.DIRECTOR_APPROVED, money), A.FINANCE_CONFIRM)).toBe(S.FINANCE_CONFIRMED);
    expect(transition(facts(S.FINANCE_CONFIRMED, money), A.RESOLVE)).toBe(S.RESOLVED);
    expect(transition(facts(S.RESOLUTION_PROPOSED, money), A.DIRECTOR_REJECT)).toBe(S.ESCALATED);
  });

  it('refuses to skip either approval of a refund with CONFLICT', () => {
    expect(() => transition(facts(S.RESOLUTION_PROPOSED, { needsApproval: true }), A.RESOLVE)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ reason: 'APPROVAL_REQUIRED' }) }),
    );
    expect(() => transition(facts(S.RESOLUTION_PROPOSED, { needsApproval: true }), A.FINANCE_CONFIRM)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: 'TRANSITION_NOT_ALLOWED' }) }),
    );
    expect(() => transition(facts(S.DIRECTOR_APPROVED, { needsApproval: true }), A.RESOLVE)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('resolves a resolution without money directly, and refuses a director’s approval it does not need', () => {
    expect(transition(facts(S.RESOLUTION_PROPOSED), A.RESOLVE)).toBe(S.RESOLVED);
    expect(canTransition(facts(S.RESOLUTION_PROPOSED), A.DIRECTOR_APPROVE)).toBe(false);
  });

  it.each([
    [S.RECEIVED, A.CLOSE],
    [S.RECEIVED, A.PROPOSE_RESOLUTION],
    [S.ONSITE, A.CONVENE_CONFERENCE],
    [S.ESCALATED, A.START_ONSITE],
    [S.DIRECTOR_APPROVED, A.DIRECTOR_APPROVE],
    [S.CLOSED, A.START_ONSITE],
    [S.CLOSED, A.EMERGENCY],
    [S.RESOLVED, A.RECORD_RESPONSIBILITY],
  ])('refuses %s --%s-- with CONFLICT TRANSITION_NOT_ALLOWED', (from, action) => {
    expect(() => transition(facts(from, { needsApproval: true }), action)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ reason: 'TRANSITION_NOT_ALLOWED' }) }),
    );
  });

  it('allows an emergency escalation from every open status and keeps the status', () => {
    for (const status of Object.values(S).filter((s) => s !== S.CLOSED && s !== S.RESOLVED)) {
      expect(transition(facts(status), A.EMERGENCY)).toBe(status);
    }
  });

  it('names only known statuses in the table', () => {
    const statuses = new Set(Object.values(S));
    for (const byStatus of Object.values(TRANSITIONS)) for (const from of Object.keys(byStatus)) expect(statuses.has(from as S)).toBe(true);
  });
});
