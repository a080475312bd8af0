/**
 * A consumed event whose payload analytics cannot record. It is thrown, not swallowed: the bus
 * retries, then keeps the job as failed, so a bad publisher shows up instead of silently missing counts.
 */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';

  constructor(
    readonly eventType: string,
    readonly field: string,
    message: string,
  ) {
    super(`${eventType}.${field}: ${message}`);
  }
}

export const FactsErrors = {
  invalidTimestamp: (eventType: string, field: string, value: unknown) =>
    new InvalidEventError(eventType, field, `"${String(value)}" is not an ISO timestamp`),
  missing: (eventType: string, field: string) => new InvalidEventError(eventType, field, 'is required'),
};
