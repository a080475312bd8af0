import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum NewCustomersGroupBy {
  CHANNEL = 'CHANNEL',
  DAY = 'DAY',
}
registerEnumType(NewCustomersGroupBy, {
  name: 'NewCustomersGroupBy',
  valuesConfig: {
    CHANNEL: { description: 'one row per source channel with data, most new customers first' },
    DAY: { description: 'one row per day of the period, in order, days without data as zeros' },
  },
});

/** Named for analytics: a generic `Period` could clash with another subgraph's type in the supergraph. */
@ObjectType({ description: 'The days a report covers, both ends included (YYYY-MM-DD, hospital time zone)' })
export class AnalyticsPeriod {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;
}

@ObjectType()
export class NewCustomersRow {
  @Field(() => String, {
    description: "the day (YYYY-MM-DD) or the channel code; UNKNOWN: members whose customer's registration has not arrived",
  })
  key: string;

  @Field(() => Int, { description: '新增客户: customers registered' })
  newCustomers: number;

  @Field(() => Int, { description: '新增会员: memberships enrolled' })
  newMembers: number;
}

@ObjectType({ description: 'New customers and new members over a period, from the daily rollup' })
export class NewCustomersReport {
  @Field(() => AnalyticsPeriod)
  period: AnalyticsPeriod;

  @Field(() => NewCustomersGroupBy)
  groupBy: NewCustomersGroupBy;

  @Field(() => [NewCustomersRow])
  rows: NewCustomersRow[];

  @Field(() => Int)
  totalNewCustomers: number;

  @Field(() => Int)
  totalNewMembers: number;
}
