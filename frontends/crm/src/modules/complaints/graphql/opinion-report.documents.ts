import { graphql } from '../../../gql';

/** 医院客户服务意见表: crm's weekly summary of complaints and suggestions (weeklyOpinionReport). */
export const WeeklyOpinionReportDocument = graphql(`
  query CrmWeeklyOpinionReport($weekOf: LocalDate!) {
    weeklyOpinionReport(weekOf: $weekOf) {
      weekOf
      from
      to
      total
      complaints
      suggestions
      emergencies
      overdue
      overdueInWeek
      byCategory {
        key
        count
      }
      bySeverity {
        key
        count
      }
      byDepartment {
        key
        count
      }
      byStatus {
        key
        count
      }
    }
  }
`);
