import { describe, expect, it } from 'vitest';
import { buildServiceSchema } from '@careline/service-kit';
import { moneyFieldsOf } from '@careline/service-kit/testing';
import { crmService } from '../service.js';

// docs/money.md: every amount of money in the API is integer fen, named `…Fen`, of the Fen scalar.
/** named like money, but not money: 消费能力 is a 0–100 identification score */
const NOT_MONEY = ['KeyAccountScore.spendingPower', 'KeyAccountScoreInput.spendingPower'];

describe('crm money fields', () => {
  it('names every money field and argument …Fen and types it Fen, and gives no Fen to anything else', async () => {
    const { moneyFields, offenders } = moneyFieldsOf(await buildServiceSchema(crmService), NOT_MONEY);
    expect(offenders).toEqual([]);
    // the list docs/money.md gives for crm
    expect(moneyFields).toEqual([
      'Complaint.amountFen',
      'CustomerTimelineEntry.amountFen',
      'KeyAccountAnalysis.spendFen',
      'ProposeResolutionInput.amountFen',
      'RecordVisitOutcomeInput.amountFen',
      'Visit.dealAmountFen',
    ]);
  });
});
