import { graphql } from '../../../gql';

/** Members whose birthday falls in the next days, soonest first (the day is the hospital's; 0 = today). */
export const UpcomingBirthdaysDocument = graphql(`
  query UpcomingBirthdays($days: Int!, $first: Int!, $after: String) {
    upcomingBirthdays(days: $days, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        birthday
        daysUntil
        membership {
          ...MembershipRow
        }
      }
    }
  }
`);
