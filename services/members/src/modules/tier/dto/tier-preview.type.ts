import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, FenScalar } from '@careline/service-kit';
import { Membership } from '../../membership/membership.entity.js';

@ObjectType({ description: '等级评定预览: a member whose tier an evaluation now would change (nothing is changed)' })
export class TierPreviewRow {
  @Field(() => ID, { description: 'the membership’s id (the cursor)' })
  id: string;

  @Field(() => Membership)
  membership: Membership;

  @Field(() => String, { description: 'the tier now (a tier code)' })
  from: string;

  @Field(() => String, { description: 'the tier it would move to (a tier code)' })
  to: string;

  @Field(() => FenScalar, { description: 'spend in the rolling 12 months that decides it, fen' })
  spendFen: number;

  @Field(() => String, { description: 'UP or DOWN' })
  direction: 'UP' | 'DOWN';
}

@ObjectType({ description: 'One page of the tier evaluation preview' })
export class TierPreviewConnection extends Connection(TierPreviewRow) {}
