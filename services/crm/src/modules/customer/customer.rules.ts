import { CustomerStage } from './customer.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names no row, and sending it to PostgreSQL would fail the query. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** Deals that make a customer loyal (忠实客户): CRM_LOYAL_DEALS, default 3. */
export function loyalDeals(): number {
  const configured = Number(process.env.CRM_LOYAL_DEALS);
  return Number.isInteger(configured) && configured >= 2 ? configured : 3;
}

/** potential → actual (first deal) → loyal (≥ loyalDeals() deals); never moves back. */
export function stageFor(current: CustomerStage, deals: number, loyal = loyalDeals()): CustomerStage {
  const rank = { [CustomerStage.POTENTIAL]: 0, [CustomerStage.ACTUAL]: 1, [CustomerStage.LOYAL]: 2 };
  const earned = deals >= loyal ? CustomerStage.LOYAL : deals >= 1 ? CustomerStage.ACTUAL : CustomerStage.POTENTIAL;
  return rank[earned] > rank[current] ? earned : current;
}

/** YYYY-MM-DD, a real date, not in the future. */
export function isBirthDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getTime() <= Date.now() && date.getUTCFullYear() >= 1900
  );
}

export function normaliseTags(tags: string[]): string[] | null {
  const cleaned = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  if (cleaned.length > 20 || cleaned.some((t) => t.length > 20)) return null;
  return cleaned;
}
