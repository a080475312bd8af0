import { CustomerStage } from './customer.entity.js';
import { crmEnv } from '../../env.js';

/** Deals that make a customer loyal (忠实客户): CRM_LOYAL_DEALS, default 3. */
export const loyalDeals = (): number => crmEnv().CRM_LOYAL_DEALS;

/** potential → actual (first deal) → loyal (≥ loyalDeals() deals); never moves back. */
export function stageFor(current: CustomerStage, deals: number, loyal = loyalDeals()): CustomerStage {
  const rank = { [CustomerStage.POTENTIAL]: 0, [CustomerStage.ACTUAL]: 1, [CustomerStage.LOYAL]: 2 };
  const earned = deals >= loyal ? CustomerStage.LOYAL : deals >= 1 ? CustomerStage.ACTUAL : CustomerStage.POTENTIAL;
  return rank[earned] > rank[current] ? earned : current;
}

export function normaliseTags(tags: string[]): string[] | null {
  const cleaned = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  if (cleaned.length > 20 || cleaned.some((t) => t.length > 20)) return null;
  return cleaned;
}
