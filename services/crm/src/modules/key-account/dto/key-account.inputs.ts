import { LocalDateScalar } from '@careline/service-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { KeyAccountKind, MeetingKind } from '../key-account.entity.js';

@InputType()
export class ServicePlanInput {
  @Field(() => String, { nullable: true })
  visitProcess?: string | null;

  @Field(() => String, { nullable: true })
  expertTeam?: string | null;

  @Field(() => String, { nullable: true })
  discountPolicy?: string | null;

  @Field(() => [String], { nullable: true })
  valueAddedServices?: string[] | null;
}

@InputType()
export class KeyAccountContactInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'A new key account, or changes to one (omitted fields stay)' })
export class KeyAccountInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => KeyAccountKind, { nullable: true })
  kind?: KeyAccountKind | null;

  @Field(() => ID, { nullable: true, description: '客户经理 (staff id)' })
  accountManagerId?: string | null;

  @Field(() => ServicePlanInput, { nullable: true })
  servicePlan?: ServicePlanInput | null;

  @Field(() => [KeyAccountContactInput], { nullable: true })
  contacts?: KeyAccountContactInput[] | null;
}

@InputType({ description: 'Identification scores, each 0–100, as of a date' })
export class KeyAccountScoreInput {
  @Field(() => ID)
  keyAccountId: string;

  @Field(() => Int)
  demandVolume: number;

  @Field(() => Int)
  spendingPower: number;

  @Field(() => Int)
  influence: number;

  @Field(() => Int)
  cooperationPotential: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'default today' })
  scoredOn?: string | null;
}

@InputType({ description: 'Risk indicators, each 0–100 (higher is riskier)' })
export class KeyAccountRiskInput {
  @Field(() => ID)
  keyAccountId: string;

  @Field(() => Int, { description: '财务状况: arrears, default (credit risk)' })
  financialStatus: number;

  @Field(() => Int, { description: '经营稳定性 (market, policy risk)' })
  operatingStability: number;

  @Field(() => Int, { description: '合作历史' })
  cooperationHistory: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class KeyAccountMeetingInput {
  @Field(() => ID)
  keyAccountId: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => Date)
  heldAt: Date;

  @Field(() => String, { nullable: true })
  attendees?: string | null;

  @Field(() => String)
  summary: string;
}
