import { DomainError } from '@careline/service-kit';

export const ConsumptionErrors = {
  receiptInvalid: () =>
    new DomainError('BAD_USER_INPUT', 'receiptNumber must be 1 to 64 letters, digits, -, _, / or .', {
      field: 'receiptNumber',
      reason: 'RECEIPT_INVALID',
    }),
  receiptTaken: (existingConsumptionId: string) =>
    new DomainError('CONFLICT', 'this receipt is already recorded with another member or amount; a receipt earns points once', {
      field: 'receiptNumber',
      reason: 'RECEIPT_ALREADY_RECORDED',
      existingConsumptionId,
    }),
  notFound: (receiptNumber: string) =>
    new DomainError('NOT_FOUND', `no consumption with receipt ${receiptNumber} was recorded`, {
      field: 'receiptNumber',
      reason: 'CONSUMPTION_NOT_FOUND',
    }),
  inFuture: () =>
    new DomainError('BAD_USER_INPUT', 'occurredAt cannot be in the future', { field: 'occurredAt', reason: 'OCCURRED_IN_FUTURE' }),
  batchSize: (max: number) =>
    new DomainError('BAD_USER_INPUT', `record 1 to ${max} consumptions at a time`, { field: 'consumptions', reason: 'BATCH_SIZE' }),
  reasonMissing: () => new DomainError('BAD_USER_INPUT', 'a reason is required', { field: 'reason', reason: 'REASON_REQUIRED' }),
};
