import { DomainError } from '@careline/service-kit';
import { MembershipStatus } from './membership.entity.js';
import { CardStatus } from '../card/card.entity.js';
import { MembershipEventKind } from './membership-event.entity.js';

/**
 * The one state machine of memberships and their cards. Services load the state, ask `decide`
 * and apply what it answers; nothing else decides whether a transition is allowed.
 */
export type LifecycleAction = 'ISSUE_CARD' | 'ACTIVATE_CARD' | 'REPORT_CARD_LOST' | 'REPLACE_CARD' | 'FREEZE' | 'UNFREEZE' | 'CANCEL';

export interface LifecycleState {
  membership: MembershipStatus;
  /** the membership's current card, or null before the first card is issued */
  currentCard: CardStatus | null;
  /** for card actions: the card acted on, and whether it is the current card */
  card?: { status: CardStatus; isCurrent: boolean };
}

export interface LifecycleOutcome {
  membership: MembershipStatus;
  /** the new status of the card acted on (or of the current card, for CANCEL) */
  card?: CardStatus;
  /** a new card is made with this status (ISSUE_CARD, REPLACE_CARD) */
  newCard?: CardStatus;
  event: MembershipEventKind;
}

const IN_USE: readonly CardStatus[] = [CardStatus.ISSUED, CardStatus.ACTIVE, CardStatus.LOST];

export function refuse(reason: string, message: string, from?: string): DomainError {
  return new DomainError('CONFLICT', message, { reason, ...(from ? { from } : {}) });
}

function notCancelled(state: LifecycleState): void {
  if (state.membership === MembershipStatus.CANCELLED)
    throw refuse('MEMBERSHIP_CANCELLED', 'the membership is cancelled; nothing can change any more', state.membership);
}

function cardOf(state: LifecycleState): { status: CardStatus; isCurrent: boolean } {
  if (!state.card) throw new Error('card action without a card');
  if (!state.card.isCurrent)
    throw refuse('CARD_NOT_CURRENT', `this card is ${state.card.status} and no longer the member’s card`, state.card.status);
  return state.card;
}

export function decide(action: LifecycleAction, state: LifecycleState): LifecycleOutcome {
  notCancelled(state);
  switch (action) {
    case 'ISSUE_CARD': {
      if (state.membership === MembershipStatus.FROZEN)
        throw refuse('MEMBERSHIP_FROZEN', 'the membership is frozen; unfreeze it before issuing a card', state.membership);
      if (state.currentCard && IN_USE.includes(state.currentCard)) {
        throw refuse('CARD_ALREADY_ISSUED', `the member already has a card (${state.currentCard}); replace it instead`, state.currentCard);
      }
      // a membership marked LOST without a card in use (from before cards were kept) is whole again
      const membership = state.membership === MembershipStatus.LOST ? MembershipStatus.ACTIVE : state.membership;
      return { membership, newCard: CardStatus.ISSUED, event: MembershipEventKind.CARD_ISSUED };
    }
    case 'ACTIVATE_CARD': {
      const card = cardOf(state);
      if (card.status !== CardStatus.ISSUED)
        throw refuse('CARD_NOT_ISSUED', `only an issued card can be activated; this one is ${card.status}`, card.status);
      if (state.membership !== MembershipStatus.ACTIVE)
        throw refuse(
          `MEMBERSHIP_${state.membership}`,
          `the membership is ${state.membership}; a card cannot be activated now`,
          state.membership,
        );
      return { membership: state.membership, card: CardStatus.ACTIVE, event: MembershipEventKind.CARD_ACTIVATED };
    }
    case 'REPORT_CARD_LOST': {
      const card = cardOf(state);
      if (card.status !== CardStatus.ISSUED && card.status !== CardStatus.ACTIVE) {
        throw refuse('CARD_NOT_IN_USE', `only an issued or active card can be reported lost; this one is ${card.status}`, card.status);
      }
      // a frozen membership stays frozen; unfreezing later finds the card lost
      const membership = state.membership === MembershipStatus.ACTIVE ? MembershipStatus.LOST : state.membership;
      return { membership, card: CardStatus.LOST, event: MembershipEventKind.CARD_REPORTED_LOST };
    }
    case 'REPLACE_CARD': {
      const card = cardOf(state);
      if (!IN_USE.includes(card.status)) throw refuse('CARD_NOT_IN_USE', `this card is ${card.status}; it cannot be replaced`, card.status);
      if (state.membership === MembershipStatus.FROZEN)
        throw refuse('MEMBERSHIP_FROZEN', 'the membership is frozen; unfreeze it before replacing the card', state.membership);
      return {
        membership: MembershipStatus.ACTIVE,
        card: CardStatus.REPLACED,
        newCard: CardStatus.ISSUED,
        event: MembershipEventKind.CARD_REPLACED,
      };
    }
    case 'FREEZE': {
      if (state.membership === MembershipStatus.FROZEN)
        throw refuse('ALREADY_FROZEN', 'the membership is already frozen', state.membership);
      return { membership: MembershipStatus.FROZEN, event: MembershipEventKind.FROZEN };
    }
    case 'UNFREEZE': {
      if (state.membership !== MembershipStatus.FROZEN)
        throw refuse('NOT_FROZEN', `the membership is ${state.membership}, not frozen`, state.membership);
      const membership = state.currentCard === CardStatus.LOST ? MembershipStatus.LOST : MembershipStatus.ACTIVE;
      return { membership, event: MembershipEventKind.UNFROZEN };
    }
    case 'CANCEL': {
      const card = state.currentCard && IN_USE.includes(state.currentCard) ? CardStatus.CANCELLED : undefined;
      return { membership: MembershipStatus.CANCELLED, ...(card ? { card } : {}), event: MembershipEventKind.CANCELLED };
    }
  }
}
