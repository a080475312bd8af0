import {
  GraphQLScalarType,
  Kind,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { badInput } from './errors.js';

// Input hygiene: every argument of every query and mutation is checked against the limits below
// by one type-graphql global middleware (registered by the kit for every subgraph), after the
// access check and before the resolver, so a value PostgreSQL would choke on (a NUL byte, an
// impossible date) or one nobody should store (a 5 MB name, 100,000 tags) is BAD_USER_INPUT
// naming the argument, and no SQL runs. Services keep their own, tighter, domain rules.
// See docs/input-and-retries.md.

/** The years a date argument may fall in: wide for birth dates and history, narrow enough for date arithmetic. */
export const DATE_RANGE = { firstYear: 1900, lastYear: 2199 } as const;

export const INPUT_LIMITS = {
  /** characters in one string (notes and descriptions included); raise per field with `@Extensions({ maxLength })` */
  maxLength: 4_000,
  /** items in one list; raise per field with `@Extensions({ maxItems })` */
  maxItems: 500,
} as const;

/** What `@Extensions(...)` on an input field may say to loosen the defaults. */
export interface InputLimits {
  maxLength?: number;
  maxItems?: number;
}

// C0 controls except tab, line feed and carriage return, and DEL. PostgreSQL refuses NUL in text;
// the others are never typed by a person and break spreadsheets, logs and SMS.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// with the u flag a surrogate pair is one code point, so only a lone half matches
const LONE_SURROGATE = /\p{Cs}/u;

function stringScalar(name: string, description: string, specifiedByURL?: string) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string') throw badInput(`${name} must be a string`, undefined, 'TYPE_INVALID');
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    specifiedByURL,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw badInput(`${name} must be a string`, undefined, 'TYPE_INVALID');
      return ast.value;
    },
  });
}

/**
 * A calendar day, `YYYY-MM-DD`. The scalar only accepts strings; the input hygiene middleware
 * checks that the day exists and lies in DATE_RANGE, so its answer names the argument
 * (`input.dueDate`), which a scalar's own error cannot.
 */
export const LocalDateScalar = stringScalar(
  'LocalDate',
  `A calendar day written YYYY-MM-DD (hospital time), between ${DATE_RANGE.firstYear}-01-01 and ${DATE_RANGE.lastYear}-12-31; 2026-02-29 does not exist.`,
  'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
);

/** A calendar month, `YYYY-MM`, checked like LocalDate. */
export const YearMonthScalar = stringScalar(
  'YearMonth',
  `A calendar month written YYYY-MM, between ${DATE_RANGE.firstYear}-01 and ${DATE_RANGE.lastYear}-12.`,
);

const inRange = (year: number) => year >= DATE_RANGE.firstYear && year <= DATE_RANGE.lastYear;

/** The problem with `value` as a LocalDate, or null when it is a real day in range. */
export function localDateProblem(value: string): { message: string; reason: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { message: 'must be a date written YYYY-MM-DD', reason: 'DAY_INVALID' };
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d)
    return { message: `is not a day of the calendar (${value})`, reason: 'DAY_INVALID' };
  if (!inRange(y)) return { message: `must be between ${DATE_RANGE.firstYear} and ${DATE_RANGE.lastYear}`, reason: 'DATE_OUT_OF_RANGE' };
  return null;
}

export function yearMonthProblem(value: string): { message: string; reason: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return { message: 'must be a month written YYYY-MM', reason: 'MONTH_INVALID' };
  const [y, m] = match.slice(1).map(Number) as [number, number];
  if (m < 1 || m > 12) return { message: `is not a month of the calendar (${value})`, reason: 'MONTH_INVALID' };
  if (!inRange(y)) return { message: `must be between ${DATE_RANGE.firstYear} and ${DATE_RANGE.lastYear}`, reason: 'DATE_OUT_OF_RANGE' };
  return null;
}

function stringProblem(value: string, maxLength: number): { message: string; reason: string } | null {
  if (value.length > maxLength) return { message: `must be at most ${maxLength} characters`, reason: 'TOO_LONG' };
  if (CONTROL.test(value)) return { message: 'must not contain NUL or other control characters', reason: 'CONTROL_CHARACTER' };
  if (LONE_SURROGATE.test(value)) return { message: 'is not well-formed Unicode text', reason: 'TEXT_MALFORMED' };
  return null;
}

/** Throws BAD_USER_INPUT naming `path` when `value` (already coerced by GraphQL) breaks a limit. */
function check(value: unknown, type: GraphQLInputType, path: string, limits: InputLimits): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  const fail = (problem: { message: string; reason: string }): never => {
    throw badInput(`${path} ${problem.message}`, path, problem.reason);
  };
  if (isListType(nullable)) {
    const items = value as unknown[];
    const maxItems = limits.maxItems ?? INPUT_LIMITS.maxItems;
    if (items.length > maxItems) fail({ message: `must have at most ${maxItems} items`, reason: 'TOO_MANY_ITEMS' });
    items.forEach((item, index) => check(item, nullable.ofType as GraphQLInputType, `${path}[${index}]`, limits));
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) check(fieldValue, field.type, path ? `${path}.${name}` : name, (field.extensions ?? {}) as InputLimits);
    }
    return;
  }
  if (!isScalarType(nullable)) return; // enums are checked by GraphQL itself
  if (typeof value === 'string') {
    const problem = stringProblem(value, limits.maxLength ?? INPUT_LIMITS.maxLength);
    if (problem) fail(problem);
    if (nullable.name === LocalDateScalar.name) {
      const dateProblem = localDateProblem(value);
      if (dateProblem) fail(dateProblem);
    }
    if (nullable.name === YearMonthScalar.name) {
      const monthProblem = yearMonthProblem(value);
      if (monthProblem) fail(monthProblem);
    }
  } else if (value instanceof Date) {
    // DateTimeISO: a valid instant, within the years date arithmetic and PostgreSQL handle alike
    if (Number.isNaN(value.getTime()) || !inRange(value.getUTCFullYear()))
      fail({ message: `must be between ${DATE_RANGE.firstYear} and ${DATE_RANGE.lastYear}`, reason: 'DATE_OUT_OF_RANGE' });
  }
}

/**
 * The global middleware: checks the arguments of the field being resolved against the schema
 * type-graphql built (it keeps each input field's `@Extensions`, which the federated schema's
 * SDL round trip drops). Fields without arguments pass untouched, so object fields cost nothing.
 */
export function inputHygiene(schemaOf: () => GraphQLSchema | undefined): MiddlewareFn {
  return ({ args, info }, next) => {
    if (!args || Object.keys(args).length === 0) return next();
    const parent = schemaOf()?.getType(info.parentType.name) ?? info.parentType;
    const field =
      'getFields' in parent
        ? (parent.getFields() as Record<string, { args?: readonly { name: string; type: GraphQLInputType; extensions?: unknown }[] }>)[
            info.fieldName
          ]
        : undefined;
    for (const arg of field?.args ?? []) {
      // fields of the conventional `input` argument are named as the services name them: `dueDate`, not `input.dueDate`
      const path = arg.name === 'input' ? '' : arg.name;
      check((args as Record<string, unknown>)[arg.name], arg.type, path, (arg.extensions ?? {}) as InputLimits);
    }
    return next();
  };
}
