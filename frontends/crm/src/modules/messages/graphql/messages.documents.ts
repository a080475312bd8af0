import { graphql } from '../../../gql';
import type { MessageChannel, TemplateKind } from '../../../gql/graphql';

export const templateKinds = [
  'BIRTHDAY',
  'HOLIDAY',
  'CAMPAIGN',
  'FOLLOW_UP_REMINDER',
  'APPOINTMENT_REMINDER',
] satisfies readonly TemplateKind[];
export const messageChannels = ['SMS', 'WECHAT'] satisfies readonly MessageChannel[];

export const MessageTemplateFragment = graphql(`
  fragment CrmMessageTemplate on MessageTemplate {
    id
    code
    kind
    channel
    title
    body
    holidayDate
    active
    createdAt
  }
`);

export const MessageTemplatesDocument = graphql(`
  query CrmMessageTemplates {
    messageTemplates {
      ...CrmMessageTemplate
    }
  }
`);

export const CreateMessageTemplateDocument = graphql(`
  mutation CrmCreateMessageTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      ...CrmMessageTemplate
    }
  }
`);

export const UpdateMessageTemplateDocument = graphql(`
  mutation CrmUpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) {
      ...CrmMessageTemplate
    }
  }
`);

/** How many customers a segment (crm's `CustomerFilter`) holds, and how many of them consented (two counts, no rows). */
export const SegmentCountsDocument = graphql(`
  query CrmSegmentCounts($segment: CustomerFilter, $consenting: CustomerFilter) {
    all: customers(filter: $segment, first: 1) {
      totalCount
    }
    consenting: customers(filter: $consenting, first: 1) {
      totalCount
    }
  }
`);

/** A scheduled sending (群发) of a template to a segment, and how far it got. */
export const MessageSendFragment = graphql(`
  fragment CrmMessageSend on MessageSend {
    id
    templateId
    scheduledAt
    status
    sent
    skippedNoConsent
    createdBy
    createdAt
  }
`);

export const ScheduleMessageDocument = graphql(`
  mutation CrmScheduleMessage($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      ...CrmMessageSend
    }
  }
`);

export const MessageSendDocument = graphql(`
  query CrmMessageSend($id: ID!) {
    messageSend(id: $id) {
      ...CrmMessageSend
    }
  }
`);

/** One message to one customer, and what the provider said about it (投递记录). */
export const MessageDeliveryFragment = graphql(`
  fragment CrmMessageDelivery on MessageDelivery {
    id
    sendId
    templateId
    customerId
    channel
    body
    status
    provider
    providerMessageId
    error
    createdAt
    deliveredAt
    attempts
    nextAttemptAt
    receipt
    receiptError
  }
`);

/** Who sends each channel: RECORDING is the demo provider (messages are recorded, not sent). */
export const MessagingProvidersDocument = graphql(`
  query CrmMessagingProviders {
    messagingProviders {
      sms
      wechat
    }
  }
`);

/** The delivery log, of one sending or one customer, newest first. */
export const MessageDeliveriesDocument = graphql(`
  query CrmMessageDeliveries($sendId: ID, $customerId: ID, $first: Int!, $after: String) {
    messageDeliveries(sendId: $sendId, customerId: $customerId, first: $first, after: $after) {
      nodes {
        ...CrmMessageDelivery
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

export const ReminderRuleFragment = graphql(`
  fragment CrmReminderRule on ReminderRule {
    departmentCode
    enabled
    daysBefore
    sendAt
    templateId
    channel
    quietStart
    quietEnd
    updatedAt
  }
`);

/** 预约提醒规则 of every department that has one (customer-service admins and the director). */
export const ReminderRulesDocument = graphql(`
  query CrmReminderRules {
    reminderRules {
      ...CrmReminderRule
    }
  }
`);

export const SetReminderRuleDocument = graphql(`
  mutation CrmSetReminderRule($input: SetReminderRuleInput!) {
    setReminderRule(input: $input) {
      ...CrmReminderRule
    }
  }
`);
