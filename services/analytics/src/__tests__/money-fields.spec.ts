import { describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLInputField } from 'graphql';
import { buildServiceSchema } from '@careline/service-kit';
import { analyticsService } from '../service.js';

// docs/money.md: every amount of money in the API is integer fen, named `…Fen`, of the Fen scalar.
// KpiValue's numerator / denominator / value / target are figures of any unit (KpiUnit says which,
// FEN among them) and stay Float: their names say no money, so they pass this check by design.
/** money-like names (not counts: `refunds`, `uncostedQuantity`) */
const MONEY_WORDS = /amount|spend|price|cost(?!ed)|budget|yuan|refunded|fen$/i;
const NUMBER_OR_TEXT = new Set(['Int', 'Float', 'String']);

describe('analytics money fields', () => {
  it('names every money field and argument …Fen and types it Fen, and gives no Fen to anything else', async () => {
    const schema = await buildServiceSchema(analyticsService);
    const offenders: string[] = [];
    const moneyFields: string[] = [];
    const check = (path: string, name: string, type: Parameters<typeof getNamedType>[0]) => {
      const typeName = getNamedType(type)?.name ?? '';
      const isFen = typeName === 'Fen';
      if (isFen) moneyFields.push(path);
      if (isFen !== name.endsWith('Fen') || (MONEY_WORDS.test(name) && NUMBER_OR_TEXT.has(typeName)))
        offenders.push(`${path}: ${String(type)}`);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
          check(`${type.name}.${field.name}`, field.name, field.type);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, arg.type);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()) as GraphQLInputField[])
          check(`${type.name}.${field.name}`, field.name, field.type);
      }
    }
    expect(offenders).toEqual([]);
    // the list docs/money.md gives for analytics
    expect(moneyFields.sort()).toEqual([
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
