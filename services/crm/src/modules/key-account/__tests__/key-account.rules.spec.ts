import { describe, expect, it } from 'vitest';
import { RiskLevel } from '../key-account.entity.js';
import { riskLevel, riskScore, worsened } from '../key-account.rules.js';

describe('key-account risk rules', () => {
  it('weighs financial status 40 % and operating stability and cooperation history 30 % each', () => {
    expect(riskScore({ financialStatus: 100, operatingStability: 0, cooperationHistory: 0 })).toBe(40);
    expect(riskScore({ financialStatus: 90, operatingStability: 50, cooperationHistory: 40 })).toBe(63);
  });

  it('maps scores to levels at 25, 50 and 75', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(riskLevel)).toEqual([
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
      'CRITICAL',
      'CRITICAL',
    ]);
  });

  it('warns when the level worsens, and on a first assessment from HIGH up', () => {
    expect(worsened(RiskLevel.LOW, RiskLevel.MEDIUM)).toBe(true);
    expect(worsened(RiskLevel.HIGH, RiskLevel.MEDIUM)).toBe(false);
    expect(worsened(RiskLevel.MEDIUM, RiskLevel.MEDIUM)).toBe(false);
    expect(worsened(null, RiskLevel.MEDIUM)).toBe(false);
    expect(worsened(null, RiskLevel.HIGH)).toBe(true);
  });
});
