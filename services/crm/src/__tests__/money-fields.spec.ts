import { describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLInputField } from 'graphql';
import { buildServiceSchema } from '@careline/service-kit';
import { crmService } from '../service.js';

// docs/money.md: every amount of money in the API is integer fen, named `…Fen`, of the Fen scalar.
const MONEY_WORDS = /amount|spend|price|cost|budget|yuan|fen$/i;
const NUMBER_OR_TEXT = new Set(['Int', 'Float', 'String']);
/** named like money, but not money: 消费能力 is a 0–100 identification score */
const NOT_MONEY = new Set(['KeyAccountScore.spendingPower', 'KeyAccountScoreInput.spendingPower']);

describe('crm money fields', () => {
  it('names every money field and argument …Fen and types it Fen, and gives no Fen to anything else', async () => {
    const schema = await buildServiceSchema(crmService);
    const offenders: string[] = [];
    const moneyFields: string[] = [];
    const check = (path: string, name: string, type: Parameters<typeof getNamedType>[0]) => {
      const typeName = getNamedType(type)?.name ?? '';
      const isFen = typeName === 'Fen';
      const named = name.endsWith('Fen');
      if (isFen) moneyFields.push(path);
      if (isFen !== named || (MONEY_WORDS.test(name) && NUMBER_OR_TEXT.has(typeName) && !NOT_MONEY.has(path)))
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
    // the list docs/money.md gives for crm
    expect(moneyFields.sort()).toEqual([
      'Complaint.amountFen',
      'KeyAccountAnalysis.spendFen',
      'ProposeResolutionInput.amountFen',
      'RecordVisitOutcomeInput.amountFen',
      'Visit.dealAmountFen',
    ]);
  });
});
