import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, Role, idempotentCreate } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { InDepartments } from '../customer/customer.roles.js';
import { MessageDeliveryConnection, MessageSend, MessageSendConnection, MessageTemplate, SendStatus } from './message.entity.js';
import { MessageTemplateInput, ScheduleMessageInput, UpdateMessageTemplateInput } from './dto/message.inputs.js';
import { MessageService } from './message.service.js';
import { messageProvider, providerFor } from './message.provider.js';
import { MessageProviderKind, MessagingProviders } from './messaging-providers.type.js';

/** Messages: customer-service and member-centre admins, and the director. */
export const MESSAGE_ROLES = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN] as const;
export const MESSAGE_DEPARTMENTS = ['CUSTOMER_SERVICE', 'MEMBER_CENTRE'] as const;

@Authorized(MESSAGE_ROLES)
@Resolver()
export class MessageResolver {
  @InDepartments(MESSAGE_DEPARTMENTS)
  @Query(() => [MessageTemplate], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Message templates (birthday, holiday, campaign, follow-up reminder)',
  })
  messageTemplates(@Ctx() ctx: CrmContext): Promise<MessageTemplate[]> {
    return new MessageService(ctx).templates();
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Mutation(() => MessageTemplate)
  createMessageTemplate(
    @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput,
    @Ctx() ctx: CrmContext,
  ): Promise<MessageTemplate> {
    return new MessageService(ctx).createTemplate(input);
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Mutation(() => MessageTemplate, { description: 'Edits a template or (de)activates it' })
  updateMessageTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMessageTemplateInput) input: UpdateMessageTemplateInput,
    @Ctx() ctx: CrmContext,
  ): Promise<MessageTemplate> {
    return new MessageService(ctx).updateTemplate(id, input);
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Mutation(() => MessageSend, {
    description: 'Sends a template to a segment now or at scheduledAt; only customers who consented to marketing receive it',
  })
  scheduleMessage(@Arg('input', () => ScheduleMessageInput) input: ScheduleMessageInput, @Ctx() ctx: CrmContext): Promise<MessageSend> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation scheduleMessage', input: input },
      {
        create: (tx) => new MessageService(tx).schedule(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(MessageSend, String(id)),
      },
    );
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Query(() => MessageSend, { nullable: true, description: 'A scheduled sending and its progress' })
  messageSend(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<MessageSend | null> {
    return new MessageService(ctx).send(id);
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Query(() => MessageSendConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: '群发: sendings (campaigns, birthday and holiday greetings), newest first, of a template or in a status',
  })
  messageSends(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('templateId', () => ID, { nullable: true }) templateId: string | null,
    @Arg('status', () => SendStatus, { nullable: true }) status: SendStatus | null,
    @Ctx() ctx: CrmContext,
  ): Promise<MessageSendConnection> {
    return new MessageService(ctx).sends({ templateId, status, first: page.first, after: page.after });
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Query(() => MessageDeliveryConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'The delivery log, newest first',
  })
  messageDeliveries(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('customerId', () => ID, { nullable: true }) customerId: string | null,
    @Arg('sendId', () => ID, { nullable: true }) sendId: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<MessageDeliveryConnection> {
    return new MessageService(ctx).deliveries({ customerId, sendId, first: page.first, after: page.after });
  }

  @InDepartments(MESSAGE_DEPARTMENTS)
  @Query(() => MessagingProviders, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Who sends each channel’s messages; RECORDING means they are only recorded (the demo), not sent',
  })
  messagingProviders(): MessagingProviders {
    const provider = messageProvider();
    return Object.assign(new MessagingProviders(), {
      sms: providerFor(provider, 'SMS').kind as MessageProviderKind,
      wechat: providerFor(provider, 'WECHAT').kind as MessageProviderKind,
    });
  }
}
