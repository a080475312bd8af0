import { getNamedType, isInputObjectType, isObjectType, type GraphQLField, type GraphQLInputField, type GraphQLSchema } from 'graphql';

/** money-like names (not counts such as `uncostedQuantity`) */
const MONEY_WORDS = /amount|spend|price|cost(?!ed)|budget|yuan|refunded|fen$/i;
const NUMBER_OR_TEXT = new Set(['Int', 'Float', 'String']);

/**
 * docs/money.md, for a service's tests: every field and argument of the `Fen` scalar (`Type.field`,
 * `Type.field(arg)`, `Input.field`), and the offenders: a `Fen` not named `…Fen`, a `…Fen` that is
 * not a `Fen`, or a money-like name typed Int, Float or String. `notMoney` lists paths named like
 * money that are not (a score, points).
 */
export function moneyFieldsOf(schema: GraphQLSchema, notMoney: readonly string[] = []): { moneyFields: string[]; offenders: string[] } {
  const offenders: string[] = [];
  const moneyFields: string[] = [];
  const check = (path: string, name: string, type: Parameters<typeof getNamedType>[0]) => {
    const typeName = getNamedType(type)?.name ?? '';
    const isFen = typeName === 'Fen';
    if (isFen) moneyFields.push(path);
    if (isFen !== name.endsWith('Fen') || (MONEY_WORDS.test(name) && NUMBER_OR_TEXT.has(typeName) && !notMoney.includes(path)))
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
  return { moneyFields: moneyFields.sort(), offenders };
}
