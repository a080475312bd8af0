import { Field, ObjectType } from 'type-graphql';
import { Staff } from '../../staff/staff.entity.js';

@ObjectType({ description: 'A signed-in session: send `accessToken` as `Authorization: Bearer …`; exchange `refreshToken` before it ends' })
export class AuthPayload {
  @Field(() => String, { description: 'JWT, valid 15 minutes' })
  accessToken: string;

  @Field(() => Date, { description: 'when the access token expires' })
  expiresAt: Date;

  @Field(() => String, { description: 'single use: refreshSession returns a new one; using one twice ends the session' })
  refreshToken: string;

  @Field(() => Date, { description: 'when the session ends at the latest (7 days after sign-in)' })
  refreshExpiresAt: Date;

  @Field(() => Staff)
  staff: Staff;
}
