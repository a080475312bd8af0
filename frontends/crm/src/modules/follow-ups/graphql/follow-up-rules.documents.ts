import { graphql } from '../../../gql';
import type { AppointmentType, FollowUpAssignment, FollowUpChannel, FollowUpTrigger, FollowUpType } from '../../../gql/graphql';

// crm's follow-up rule vocabulary (follow-up.service.ts), for the rule form's choices
export const followUpTriggers = ['VISIT', 'CONSULTATION'] as const satisfies readonly FollowUpTrigger[];
export const visitOutcomes = ['DEALT', 'NOT_DEALT', 'ANY'] as const;
export const consultationOutcomes = ['BOOKED', 'FOLLOW_UP_LATER', 'NO_INTENTION'] as const;
export const ruleFollowUpTypes = [
  'POST_TREATMENT',
  'UNCONVERTED',
  'NEXT_DAY',
  'SATISFACTION',
  'REVISIT_REMINDER',
  'DISCHARGE',
] as const satisfies readonly FollowUpType[];
export const ruleChannels = ['PHONE', 'WECHAT', 'FACE_TO_FACE', 'SMS'] as const satisfies readonly FollowUpChannel[];
export const ruleAssignments = ['DEPARTMENT_QUEUE', 'CONSULTANT', 'CUSTOMER_SPECIALIST'] as const satisfies readonly FollowUpAssignment[];
export const ruleVisitTypes = [
  'EXPERT',
  'EXAMINATION',
  'PHYSICAL_EXAM',
  'TREATMENT',
  'HOME_CARE',
] as const satisfies readonly AppointmentType[];
/** the departments whose queues a rule's tasks may join (customer service's by default; the seeded consultation rules use CONSULTATION) */
export const ruleDepartments = ['CUSTOMER_SERVICE', 'MEMBER_CENTRE', 'CONSULTATION', 'ONSITE', 'GUIDE'] as const;

export const FollowUpRuleFragment = graphql(`
  fragment CrmFollowUpRule on FollowUpRule {
    id
    name
    trigger
    visitType
    outcome
    offsetDays
    type
    channel
    departmentCode
    assignTo
    active
  }
`);

/** 回访规则: every rule (a handful; crm answers them all, by trigger and offset) */
export const FollowUpRulesDocument = graphql(`
  query CrmFollowUpRules {
    followUpRules {
      ...CrmFollowUpRule
    }
  }
`);

export const SaveFollowUpRuleDocument = graphql(`
  mutation CrmSaveFollowUpRule($input: FollowUpRuleInput!) {
    saveFollowUpRule(input: $input) {
      ...CrmFollowUpRule
    }
  }
`);
