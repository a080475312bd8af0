import type { ConfirmationState } from '../../../gql/graphql';

/** crm's `ConfirmationState` (预约确认), as the appointment list, drawer and visit desk colour it. */
export const confirmationStateColors: Record<ConfirmationState, string> = {
  NOT_REMINDED: 'default',
  REMINDED: 'processing',
  REMINDER_FAILED: 'warning',
  NO_CONSENT: 'default',
  CONFIRMED: 'success',
  DECLINED: 'error',
};
