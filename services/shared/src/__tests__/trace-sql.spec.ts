import { describe, expect, it } from 'vitest';
import { withoutValues } from '../observability/tracing.js';

describe('SQL text on spans', () => {
  it('keeps the statement and drops every value: strings (quotes doubled, E-strings, dollar-quoted) and numbers', () => {
    expect(withoutValues(`select "m0".* from "members"."membership" as "m0" where "m0"."customer_id" in ('01a24cf3-d5a3', 'x')`)).toBe(
      `select "m0".* from "members"."membership" as "m0" where "m0"."customer_id" in (?, ?)`,
    );
    expect(withoutValues(`insert into "crm"."customer" ("name", "phone") values ('O''Brien', E'138\\'1'), ($$陈静$$, 13812345678)`)).toBe(
      `insert into "crm"."customer" ("name", "phone") values (?, ?), (?, ?)`,
    );
    expect(withoutValues(`select "c0".* from "crm"."customer" as "c0" where "c0"."points" > -1.5 limit 21`)).toBe(
      `select "c0".* from "crm"."customer" as "c0" where "c0"."points" > ? limit ?`,
    );
    // placeholders, identifiers with digits and casts stay
    expect(withoutValues(`select least($1, $2)::int4 as n2, "t0"."x1" from t0`)).toBe(
      `select least($1, $2)::int4 as n2, "t0"."x1" from t0`,
    );
  });
});
