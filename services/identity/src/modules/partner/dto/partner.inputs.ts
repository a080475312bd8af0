import { IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A key account that will use the API' })
export class CreatePartnerOrganisationInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => String, { description: '机构名称' })
  name: string;

  @Field(() => ID, { description: 'the crm KeyAccount id' })
  keyAccountId: string;
}

@InputType({ description: 'A new API key for a partner organisation' })
export class CreateApiKeyInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => String, { description: 'what the key is for, so people can tell keys apart' })
  name: string;

  @Field(() => [String], { description: 'what the key may read, e.g. ["membership:read", "visits:read"]' })
  scopes: string[];

  @Field(() => Date, { nullable: true, description: 'when the key stops working; null: never (revoke it instead)' })
  expiresAt?: Date | null;
}
