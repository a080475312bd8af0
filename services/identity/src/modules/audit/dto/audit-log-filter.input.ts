import { Field, ID, InputType } from 'type-graphql';
import { AuditOutcome } from '../audit-entry.entity.js';

@InputType({ description: 'Which audit entries; every field given must match' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'staff id, or a partner’s API key id' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'entries that concern this customer' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'exactly, e.g. `mutation createStaff`' })
  operation?: string | null;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => Date, { nullable: true, description: 'at or after' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'before' })
  to?: Date | null;
}
