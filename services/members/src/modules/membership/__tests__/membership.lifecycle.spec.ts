import { describe, expect, it } from 'vitest';
import { DomainError } from '@careline/service-kit';
import { decide, type LifecycleAction, type LifecycleState } from '../membership.lifecycle.js';
import { MembershipStatus as M } from '../membership.entity.js';
import { CardStatus as C } from '../../card/card.entity.js';
import { MembershipEventKind as K } from '../membership-event.entity.js';

const current = (membership: M, card: C | null): LifecycleState => ({
  membership,
  currentCard: card,
  ...(card ? { card: { status: card, isCurrent: true } } : {}),
});

function refusal(action: LifecycleAction, state: LifecycleState): DomainError {
  try {
    decide(action, state);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${action} was allowed`);
}

describe('the membership and card state machine', () => {
  describe('allowed transitions', () => {
    it.each([
      ['ISSUE_CARD', current(M.ACTIVE, null), { membership: M.ACTIVE, newCard: C.ISSUED, event: K.CARD_ISSUED }],
      ['ISSUE_CARD', current(M.LOST, null), { membership: M.ACTIVE, newCard: C.ISSUED, event: K.CARD_ISSUED }],
      ['ACTIVATE_CARD', current(M.ACTIVE, C.ISSUED), { membership: M.ACTIVE, card: C.ACTIVE, event: K.CARD_ACTIVATED }],
      ['REPORT_CARD_LOST', current(M.ACTIVE, C.ACTIVE), { membership: M.LOST, card: C.LOST, event: K.CARD_REPORTED_LOST }],
      ['REPORT_CARD_LOST', current(M.ACTIVE, C.ISSUED), { membership: M.LOST, card: C.LOST, event: K.CARD_REPORTED_LOST }],
      ['REPORT_CARD_LOST', current(M.FROZEN, C.ACTIVE), { membership: M.FROZEN, card: C.LOST, event: K.CARD_REPORTED_LOST }],
      ['REPLACE_CARD', current(M.LOST, C.LOST), { membership: M.ACTIVE, card: C.REPLACED, newCard: C.ISSUED, event: K.CARD_REPLACED }],
      ['REPLACE_CARD', current(M.ACTIVE, C.ACTIVE), { membership: M.ACTIVE, card: C.REPLACED, newCard: C.ISSUED, event: K.CARD_REPLACED }],
      ['REPLACE_CARD', current(M.ACTIVE, C.ISSUED), { membership: M.ACTIVE, card: C.REPLACED, newCard: C.ISSUED, event: K.CARD_REPLACED }],
      ['FREEZE', current(M.ACTIVE, C.ACTIVE), { membership: M.FROZEN, event: K.FROZEN }],
      ['FREEZE', current(M.LOST, C.LOST), { membership: M.FROZEN, event: K.FROZEN }],
      ['UNFREEZE', current(M.FROZEN, C.ACTIVE), { membership: M.ACTIVE, event: K.UNFROZEN }],
      ['UNFREEZE', current(M.FROZEN, null), { membership: M.ACTIVE, event: K.UNFROZEN }],
      ['UNFREEZE', current(M.FROZEN, C.LOST), { membership: M.LOST, event: K.UNFROZEN }],
      ['CANCEL', current(M.ACTIVE, C.ACTIVE), { membership: M.CANCELLED, card: C.CANCELLED, event: K.CANCELLED }],
      ['CANCEL', current(M.FROZEN, C.ISSUED), { membership: M.CANCELLED, card: C.CANCELLED, event: K.CANCELLED }],
      ['CANCEL', current(M.LOST, C.LOST), { membership: M.CANCELLED, card: C.CANCELLED, event: K.CANCELLED }],
      ['CANCEL', current(M.ACTIVE, null), { membership: M.CANCELLED, event: K.CANCELLED }],
    ] as const)('%s on a membership in state %j is allowed and gives %j', (action, state, outcome) => {
      expect(decide(action, state)).toEqual(outcome);
    });
  });

  describe('refused transitions answer CONFLICT with a reason', () => {
    it.each([
      ['ISSUE_CARD', current(M.ACTIVE, C.ACTIVE), 'CARD_ALREADY_ISSUED'],
      ['ISSUE_CARD', current(M.ACTIVE, C.ISSUED), 'CARD_ALREADY_ISSUED'],
      ['ISSUE_CARD', current(M.LOST, C.LOST), 'CARD_ALREADY_ISSUED'],
      ['ISSUE_CARD', current(M.FROZEN, null), 'MEMBERSHIP_FROZEN'],
      ['ACTIVATE_CARD', current(M.ACTIVE, C.ACTIVE), 'CARD_NOT_ISSUED'],
      ['ACTIVATE_CARD', current(M.LOST, C.LOST), 'CARD_NOT_ISSUED'],
      ['ACTIVATE_CARD', current(M.FROZEN, C.ISSUED), 'MEMBERSHIP_FROZEN'],
      ['REPORT_CARD_LOST', current(M.LOST, C.LOST), 'CARD_NOT_IN_USE'],
      ['REPLACE_CARD', current(M.FROZEN, C.LOST), 'MEMBERSHIP_FROZEN'],
      ['FREEZE', current(M.FROZEN, C.ACTIVE), 'ALREADY_FROZEN'],
      ['UNFREEZE', current(M.ACTIVE, C.ACTIVE), 'NOT_FROZEN'],
      ['UNFREEZE', current(M.LOST, C.LOST), 'NOT_FROZEN'],
      ['CANCEL', current(M.CANCELLED, C.CANCELLED), 'MEMBERSHIP_CANCELLED'],
      ['FREEZE', current(M.CANCELLED, null), 'MEMBERSHIP_CANCELLED'],
      ['ISSUE_CARD', current(M.CANCELLED, C.CANCELLED), 'MEMBERSHIP_CANCELLED'],
    ] as const)('%s on a membership in state %j is refused with CONFLICT %s', (action, state, reason) => {
      const error = refusal(action, state);
      expect(error.code).toBe('CONFLICT');
      expect(error.details.reason).toBe(reason);
    });

    it.each(['ACTIVATE_CARD', 'REPORT_CARD_LOST', 'REPLACE_CARD'] as const)(
      '%s on a card that is no longer the current one is refused with CARD_NOT_CURRENT',
      (action) => {
        for (const status of [C.REPLACED, C.CANCELLED]) {
          const error = refusal(action, { membership: M.ACTIVE, currentCard: C.ISSUED, card: { status, isCurrent: false } });
          expect(error.details).toMatchObject({ reason: 'CARD_NOT_CURRENT', from: status });
        }
      },
    );

    it('refuses to replace a card that is already replaced or cancelled, even if it were current', () => {
      for (const status of [C.REPLACED, C.CANCELLED]) {
        expect(
          refusal('REPLACE_CARD', { membership: M.ACTIVE, currentCard: status, card: { status, isCurrent: true } }).details.reason,
        ).toBe('CARD_NOT_IN_USE');
      }
    });
  });
});
