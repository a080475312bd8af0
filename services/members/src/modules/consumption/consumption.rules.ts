import { ConsumptionErrors } from './consumption.exception.js';

const RECEIPT = /^[A-Z0-9][A-Z0-9\-_/.]{0,63}$/;
const CLOCK_SKEW_MS = 60_000;

/** Receipt numbers compare trimmed and upper-cased, so " r-001" and "R-001" are one receipt. */
export function normaliseReceipt(value: string): string {
  const receipt = (value ?? '').trim().toUpperCase();
  if (!RECEIPT.test(receipt)) throw ConsumptionErrors.receiptInvalid();
  return receipt;
}

export function assertNotFuture(at: Date, now: Date = new Date()): void {
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw ConsumptionErrors.inFuture();
}

export function normaliseReason(value: string, max = 500): string {
  const reason = (value ?? '').trim();
  if (!reason) throw ConsumptionErrors.reasonMissing();
  return reason.slice(0, max);
}
