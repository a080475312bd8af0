import { RiskLevel } from './key-account.entity.js';

const RANK: Record<RiskLevel, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

/** Weighted risk score (financial 40 %, operating 30 %, cooperation 30 %), 0–100. */
export function riskScore(indicators: { financialStatus: number; operatingStability: number; cooperationHistory: number }): number {
  return Math.round(indicators.financialStatus * 0.4 + indicators.operatingStability * 0.3 + indicators.cooperationHistory * 0.3);
}

/** < 25 LOW, < 50 MEDIUM, < 75 HIGH, else CRITICAL. */
export function riskLevel(score: number): RiskLevel {
  if (score < 25) return RiskLevel.LOW;
  if (score < 50) return RiskLevel.MEDIUM;
  if (score < 75) return RiskLevel.HIGH;
  return RiskLevel.CRITICAL;
}

/** A warning is raised when the level worsens; a first assessment warns from HIGH up. */
export function worsened(previous: RiskLevel | null, level: RiskLevel): boolean {
  return previous === null ? RANK[level] >= RANK.HIGH : RANK[level] > RANK[previous];
}

export const isScore = (value: number): boolean => Number.isInteger(value) && value >= 0 && value <= 100;
