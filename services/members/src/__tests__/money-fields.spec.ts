import { describe, expect, it } from 'vitest';
import { buildServiceSchema } from '@careline/service-kit';
import { moneyFieldsOf } from '@careline/service-kit/testing';
import { membersService } from '../service.js';

// docs/money.md: every amount of money in the API is integer fen, named `…Fen`, of the Fen scalar.
// Points (`points`, `pointsPrice`, `pointsBalance`, …) are not money and stay Int.
/** named like money, but points */
const NOT_MONEY = ['Gift.pointsPrice', 'CreateGiftInput.pointsPrice'];

describe('members money fields', () => {
  it('names every money field and argument …Fen and types it Fen, and gives no Fen to anything else', async () => {
    const { moneyFields, offenders } = moneyFieldsOf(await buildServiceSchema(membersService), NOT_MONEY);
    expect(offenders).toEqual([]);
    // the list docs/money.md gives for members
    expect(moneyFields).toEqual([
      'Activity.budgetFen',
      'ActivityEffect.spendWithin30DaysFen',
      'Consumption.amountFen',
      'CreateActivityInput.budgetFen',
      'CreateGiftInput.unitCostFen',
      'Gift.unitCostFen',
      'GiftCostLine.costFen',
      'GiftCostReport.totalCostFen',
      'MemberTimelineEntry.amountFen',
      'Mutation.setGiftUnitCost(unitCostFen)',
      'PointsLiability.valueFen',
      'PointsLiability.valuePerPointFen',
      'RecordConsumptionInput.amountFen',
      'Tier.minSpendFen',
      'TierChange.spendFen',
      'TierPreviewRow.spendFen',
      'UpdateTierInput.minSpendFen',
    ]);
  });
});
