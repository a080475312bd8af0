import { graphql } from '../../../gql';

/** RFM 会员分群 on a day (analytics' memberRfm: every segment, zeros included). */
export const MemberRfmDocument = graphql(`
  query KpiMemberRfm($asOf: LocalDate) {
    memberRfm(asOf: $asOf) {
      segment
      labelZh
      labelEn
      members
      share
      spendFen
      averageRecencyDays
      averageFrequency
      averageSpendFen
    }
  }
`);

/** 会员留存: the members who joined in each month, and the share of them who consumed in each month after. */
export const CohortRetentionDocument = graphql(`
  query KpiCohortRetention($fromMonth: YearMonth!, $toMonth: YearMonth!, $months: Int) {
    cohortRetention(fromMonth: $fromMonth, toMonth: $toMonth, months: $months) {
      cohort
      members
      months {
        monthOffset
        month
        activeMembers
        rate
      }
    }
  }
`);
