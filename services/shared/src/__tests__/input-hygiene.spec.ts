import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { execute, parse } from 'graphql';
import { Arg, Extensions, Field, InputType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from '../federation/build-federated-schema.js';
import { LocalDateScalar, localDateProblem, yearMonthProblem } from '../input-hygiene.js';
import { DomainError } from '../errors.js';

describe('calendar values', () => {
  it('accepts real days in range and refuses days that do not exist, are out of range or badly written', () => {
    expect(localDateProblem('2024-02-29')).toBeNull();
    expect(localDateProblem('2026-02-29')?.reason).toBe('DAY_INVALID');
    expect(localDateProblem('2026-04-31')?.reason).toBe('DAY_INVALID');
    expect(localDateProblem('20260301')?.reason).toBe('DAY_INVALID');
    expect(localDateProblem('9999-12-31')?.reason).toBe('DATE_OUT_OF_RANGE');
    expect(localDateProblem('1899-12-31')?.reason).toBe('DATE_OUT_OF_RANGE');
  });

  it('accepts real months in range only', () => {
    expect(yearMonthProblem('2026-12')).toBeNull();
    expect(yearMonthProblem('2026-13')?.reason).toBe('MONTH_INVALID');
    expect(yearMonthProblem('9999-01')?.reason).toBe('DATE_OUT_OF_RANGE');
  });
});

@InputType()
class NoteInput {
  @Field(() => String)
  text: string;

  @Field(() => String, { nullable: true })
  @Extensions({ maxLength: 10 })
  code?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

let calls = 0;

@Resolver()
class NoteResolver {
  @Query(() => String)
  note(@Arg('input', () => NoteInput) input: NoteInput, @Arg('day', () => LocalDateScalar, { nullable: true }) day?: string): string {
    calls++;
    return `${input.text}@${day ?? ''}`;
  }
}

describe('the input hygiene middleware every subgraph gets', () => {
  const run = async (query: string, variableValues?: Record<string, unknown>) => {
    const schema = await buildFederatedSchema({ resolvers: [NoteResolver] });
    const result = await execute({ schema, document: parse(query), variableValues });
    const error = result.errors?.[0]?.originalError;
    return { data: result.data, error: error instanceof DomainError ? { code: error.code, ...error.details } : error };
  };

  it('passes clean values to the resolver', async () => {
    const { data } = await run('{ note(input: { text: "好的\\n第二行", code: "A1" }, day: "2026-03-02") }');
    expect(data).toEqual({ note: '好的\n第二行@2026-03-02' });
  });

  it('refuses, naming the argument, before the resolver runs', async () => {
    const before = calls;
    const cases: [string, Record<string, unknown>, object][] = [
      ['query ($i: NoteInput!) { note(input: $i) }', { i: { text: 'a\u0000b' } }, { field: 'text', reason: 'CONTROL_CHARACTER' }],
      ['query ($i: NoteInput!) { note(input: $i) }', { i: { text: 'x'.repeat(4001) } }, { field: 'text', reason: 'TOO_LONG' }],
      ['query ($i: NoteInput!) { note(input: $i) }', { i: { text: 'ok', code: 'x'.repeat(11) } }, { field: 'code', reason: 'TOO_LONG' }],
      [
        'query ($i: NoteInput!) { note(input: $i) }',
        { i: { text: 'ok', tags: ['a', 'b\u0007'] } },
        { field: 'tags[1]', reason: 'CONTROL_CHARACTER' },
      ],
      [
        'query ($i: NoteInput!) { note(input: $i) }',
        { i: { text: 'ok', tags: Array(501).fill('a') } },
        { field: 'tags', reason: 'TOO_MANY_ITEMS' },
      ],
      ['query ($d: LocalDate) { note(input: { text: "ok" }, day: $d) }', { d: '2026-02-29' }, { field: 'day', reason: 'DAY_INVALID' }],
    ];
    for (const [query, variables, expected] of cases) {
      const { error } = await run(query, variables);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', ...expected });
    }
    expect(calls).toBe(before);
  });
});
