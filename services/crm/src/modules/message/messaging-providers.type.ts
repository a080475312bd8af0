import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** What sends a channel's messages (docs/messaging.md). */
export enum MessageProviderKind {
  /** nothing is sent: messages are recorded as delivered (the demo default) */
  RECORDING = 'RECORDING',
  /** the MESSAGE_PROVIDER_URL bridge */
  HTTP = 'HTTP',
  ALIYUN_SMS = 'ALIYUN_SMS',
  /** 企业微信 application messages */
  WECOM = 'WECOM',
}
registerEnumType(MessageProviderKind, { name: 'MessageProviderKind' });

@ObjectType({ description: 'The provider of each channel, as configured' })
export class MessagingProviders {
  @Field(() => MessageProviderKind)
  sms!: MessageProviderKind;

  @Field(() => MessageProviderKind)
  wechat!: MessageProviderKind;
}
