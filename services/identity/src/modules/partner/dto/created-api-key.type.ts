import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from '../api-key.entity.js';

@ObjectType({ description: 'A new key and its secret. The secret is shown this once: only its hash is kept' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field(() => String, { description: 'send as the X-Api-Key header; store it now, it cannot be shown again' })
  secret: string;
}
