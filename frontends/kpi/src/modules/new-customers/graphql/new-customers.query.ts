import { graphql } from '../../../gql';

/** One row: by day the date (YYYY-MM-DD), by channel the channel code (PHONE, WECHAT, …, or UNKNOWN). */
export const NewCustomersRowFieldsFragment = graphql(`
  fragment NewCustomersRowFields on NewCustomersRow {
    key
    newCustomers
    newMembers
  }
`);

/**
 * New customers and new members over a period (inclusive hospital-local dates, at most 366 days), by day
 * (every day in order, zeros included) or by channel (most new customers first). `newCustomers` is null
 * when the analytics subgraph failed (the gateway then also returns an error).
 */
export const NewCustomersDocument = graphql(`
  query NewCustomers($period: PeriodInput!, $groupBy: NewCustomersGroupBy!) {
    newCustomers(period: $period, groupBy: $groupBy) {
      groupBy
      totalNewCustomers
      totalNewMembers
      rows {
        ...NewCustomersRowFields
      }
    }
  }
`);
