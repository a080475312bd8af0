import { describe, expect, it } from 'vitest';
import { buildServiceSchema } from '@careline/service-kit';
import { moneyFieldsOf } from '@careline/service-kit/testing';
import { analyticsService } from '../service.js';

// docs/money.md: every amount of money in the API is integer fen, named `…Fen`, of the Fen scalar.
// KpiValue's numerator / denominator / value / target are figures of any unit (KpiUnit says which,
// FEN among them) and stay Float: their names say no money, so they pass this check by design.
describe('analytics money fields', () => {
  it('names every money field and argument …Fen and types it Fen, and gives no Fen to anything else', async () => {
    const { moneyFields, offenders } = moneyFieldsOf(await buildServiceSchema(analyticsService));
    expect(offenders).toEqual([]);
    // the list docs/money.md gives for analytics
    expect(moneyFields).toEqual([
      'CustomerStats.memberSpendFen',
      'CustomerStats.refundedFen',
      'CustomerStats.spendFen',
      'DistributionRow.spendFen',
      'GiftCost.totalCostFen',
      'GiftCostRow.costFen',
      'KeyAccountReport.refundedFen',
      'KeyAccountReport.spendFen',
      'KeyAccountReport.spendPerPersonFen',
      'MemberPointsLiability.valueFen',
      'MemberPointsLiability.valuePerPointFen',
      'MonthlyTarget.amountFen',
      'RfmSegment.averageSpendFen',
      'RfmSegment.spendFen',
      'SetMonthlyTargetInput.amountFen',
    ]);
  });
});
