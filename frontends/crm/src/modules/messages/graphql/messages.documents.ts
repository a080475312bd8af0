import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PageInfo } from '../../common/graphql/page-info.js';
import type { CustomerClass, CustomerStage, SourceChannel } from '../../customers/graphql/customers.documents.js';

// Hand-written from services/crm/schema.graphql (templates, sendings, the delivery log).

export type TemplateKind = 'BIRTHDAY' | 'HOLIDAY' | 'CAMPAIGN' | 'FOLLOW_UP_REMINDER';
export const templateKinds: readonly TemplateKind[] = ['BIRTHDAY', 'HOLIDAY', 'CAMPAIGN', 'FOLLOW_UP_REMINDER'];
export type MessageChannel = 'SMS' | 'WECHAT';
export const messageChannels: readonly MessageChannel[] = ['SMS', 'WECHAT'];
export type SendStatus = 'SCHEDULED' | 'SENDING' | 'DONE' | 'FAILED';
export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface MessageTemplate {
  id: string;
  code: string;
  kind: TemplateKind;
  channel: MessageChannel;
  title: string;
  body: string;
  holidayDate: string | null;
  active: boolean;
  createdAt: string;
}

const TemplateFields = gql`
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
`;

export const MessageTemplatesDocument: TypedDocumentNode<{ messageTemplates: MessageTemplate[] }, Record<string, never>> = gql`
  query CrmMessageTemplates {
    messageTemplates {
      ...CrmMessageTemplate
    }
  }
  ${TemplateFields}
`;

export interface MessageTemplateInput {
  code: string;
  kind: TemplateKind;
  channel?: MessageChannel | null;
  title: string;
  body: string;
  holidayDate?: string | null;
}

export const CreateMessageTemplateDocument: TypedDocumentNode<{ createMessageTemplate: MessageTemplate }, { input: MessageTemplateInput }> =
  gql`
    mutation CrmCreateMessageTemplate($input: MessageTemplateInput!) {
      createMessageTemplate(input: $input) {
        ...CrmMessageTemplate
      }
    }
    ${TemplateFields}
  `;

export interface UpdateMessageTemplateInput {
  title?: string | null;
  body?: string | null;
  holidayDate?: string | null;
  active?: boolean | null;
}

export const UpdateMessageTemplateDocument: TypedDocumentNode<
  { updateMessageTemplate: MessageTemplate },
  { id: string; input: UpdateMessageTemplateInput }
> = gql`
  mutation CrmUpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) {
      ...CrmMessageTemplate
    }
  }
  ${TemplateFields}
`;

/** crm's `CustomerFilter` as a campaign's segment. */
export interface Segment {
  customerClass?: CustomerClass | null;
  stage?: CustomerStage | null;
  channel?: SourceChannel | null;
  tag?: string | null;
  region?: string | null;
  keyAccountId?: string | null;
  marketingConsent?: boolean | null;
}

/** How many customers a segment holds, and how many of them consented (two counts, no rows). */
export const SegmentCountsDocument: TypedDocumentNode<
  { all: { totalCount: number }; consenting: { totalCount: number } },
  { segment: Segment; consenting: Segment }
> = gql`
  query CrmSegmentCounts($segment: CustomerFilter, $consenting: CustomerFilter) {
    all: customers(filter: $segment, first: 1) {
      totalCount
    }
    consenting: customers(filter: $consenting, first: 1) {
      totalCount
    }
  }
`;

export interface MessageSend {
  id: string;
  templateId: string;
  scheduledAt: string;
  status: SendStatus;
  sent: number;
  skippedNoConsent: number;
  createdBy: string | null;
  createdAt: string;
}

const SendFields = gql`
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
`;

export interface ScheduleMessageInput {
  templateId: string;
  segment?: Segment | null;
  variables?: { key: string; value: string }[] | null;
  scheduledAt?: string | null;
}

export const ScheduleMessageDocument: TypedDocumentNode<{ scheduleMessage: MessageSend }, { input: ScheduleMessageInput }> = gql`
  mutation CrmScheduleMessage($input: ScheduleMessageInput!) {
    scheduleMessage(input: $input) {
      ...CrmMessageSend
    }
  }
  ${SendFields}
`;

export const MessageSendDocument: TypedDocumentNode<{ messageSend: MessageSend | null }, { id: string }> = gql`
  query CrmMessageSend($id: ID!) {
    messageSend(id: $id) {
      ...CrmMessageSend
    }
  }
  ${SendFields}
`;

export interface MessageDelivery {
  id: string;
  sendId: string | null;
  templateId: string;
  customerId: string;
  channel: MessageChannel;
  body: string;
  status: DeliveryStatus;
  provider: string;
  providerMessageId: string | null;
  error: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveriesVariables {
  sendId: string | null;
  customerId: string | null;
  first: number;
  after: string | null;
}

export const MessageDeliveriesDocument: TypedDocumentNode<
  { messageDeliveries: { nodes: MessageDelivery[]; pageInfo: PageInfo; totalCount: number } },
  DeliveriesVariables
> = gql`
  query CrmMessageDeliveries($sendId: ID, $customerId: ID, $first: Int!, $after: String) {
    messageDeliveries(sendId: $sendId, customerId: $customerId, first: $first, after: $after) {
      nodes {
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
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;
