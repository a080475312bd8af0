import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';
import { KEY_ACCOUNT_STAFF } from './key-account.roles.js';

export enum KeyAccountKind {
  INSTITUTION = 'INSTITUTION',
  VIP = 'VIP',
}
registerEnumType(KeyAccountKind, {
  name: 'KeyAccountKind',
  description: '机构 (company, government body, school, insurer) or VIP individual',
});

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });

export enum MeetingKind {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

@ObjectType({ description: '服务方案' })
export class ServicePlan {
  @Field(() => String, { nullable: true, description: '专属就诊流程' })
  visitProcess?: string | null;

  @Field(() => String, { nullable: true, description: '专家团队' })
  expertTeam?: string | null;

  @Field(() => String, { nullable: true, description: '优惠政策' })
  discountPolicy?: string | null;

  @Field(() => [String], { description: '增值服务 (health lectures, escorting, booking)' })
  valueAddedServices: string[] = [];
}

@ObjectType({ description: 'A contact person at the key account' })
export class KeyAccountContact {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

/** 大客户: an institution or VIP individual; a partner organisation's API key is linked to its id. */
@Entity({ tableName: 'key_account' })
@ObjectType({ description: '大客户: an institution or VIP individual, owned by crm' })
@Directive('@key(fields: "id")')
export class KeyAccount {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the key account’s id (a UUID)' })
  id: string = newId();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the organisation’s name' })
  name: string;

  @Enum({ items: () => KeyAccountKind })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => KeyAccountKind)
  kind: KeyAccountKind;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'key_account_manager_id_idx' })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => ID, { nullable: true, description: '客户经理 (staff id)' })
  accountManagerId: string | null = null;

  @Property({ type: 'jsonb' })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => ServicePlan)
  servicePlan: ServicePlan = { valueAddedServices: [] };

  @Property({ type: 'jsonb' })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => [KeyAccountContact])
  contacts: KeyAccountContact[] = [];

  @Property({ type: 'integer', nullable: true })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => Int, { nullable: true, description: 'latest identification score (0–100), null before the first scoring' })
  score: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => Int, { nullable: true, description: 'latest risk score (0–100, higher is riskier)' })
  riskScore: number | null = null;

  @Enum({ items: () => RiskLevel, nullable: true })
  @Authorized(KEY_ACCOUNT_STAFF)
  @Field(() => RiskLevel, { nullable: true })
  riskLevel: RiskLevel | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'when the hospital registered the account' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'One page of key accounts' })
export class KeyAccountConnection extends Connection(KeyAccount) {}

/** 识别评分: the four identification scores (each 0–100) as of a date. */
@Entity({ tableName: 'key_account_score' })
@ObjectType({ description: 'Identification scores (each 0–100) as of a date' })
export class KeyAccountScore {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'key_account_score_key_account_id_idx' })
  keyAccountId: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '需求量: outpatient visits, admissions, surgeries' })
  demandVolume: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '消费能力' })
  spendingPower: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '影响力' })
  influence: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '合作潜力' })
  cooperationPotential: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'the mean of the four' })
  total: number;

  @Property({ type: 'date' })
  @Field(() => String, { description: 'YYYY-MM-DD' })
  scoredOn: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  scoredBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

/** 风险评估: risk indicators (each 0–100, higher is riskier) giving a score and level. */
@Entity({ tableName: 'key_account_risk' })
@ObjectType({ description: 'Risk indicators (each 0–100, higher is riskier), the score and level they give' })
export class KeyAccountRiskAssessment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'key_account_risk_key_account_id_idx' })
  keyAccountId: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '财务状况 (credit: arrears, default)' })
  financialStatus: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '经营稳定性 (market, policy)' })
  operatingStability: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '合作历史' })
  cooperationHistory: number;

  @Property({ type: 'integer' })
  @Field(() => Int)
  score: number;

  @Enum({ items: () => RiskLevel })
  @Field(() => RiskLevel)
  level: RiskLevel;

  @Enum({ items: () => RiskLevel, nullable: true })
  @Field(() => RiskLevel, { nullable: true })
  previousLevel: RiskLevel | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'the level worsened: a risk warning was raised' })
  warningRaised: boolean;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  assessedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  assessedAt: Date = new Date();
}

/** 会议记录: a meeting with the key account. */
@Entity({ tableName: 'key_account_meeting' })
@ObjectType({ description: 'A meeting with the key account (monthly, quarterly, other)' })
export class KeyAccountMeeting {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'key_account_meeting_key_account_id_idx' })
  keyAccountId: string;

  @Enum({ items: () => MeetingKind })
  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  heldAt: Date;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  attendees: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String)
  summary: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  recordedBy: string | null = null;
}
