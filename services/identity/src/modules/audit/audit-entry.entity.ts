import { ArrayType } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@careline/service-kit';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  valuesConfig: {
    SUCCESS: { description: '成功: done (or read)' },
    DENIED: { description: '拒绝: refused by the access rules' },
    FAILED: { description: '失败: attempted and failed (e.g. a wrong password)' },
  },
});

/**
 * 审计日志: one AuditRecorded event from any service, kept as it arrived. Append-only: a database
 * trigger refuses UPDATE, DELETE and TRUNCATE, so not even this service can rewrite history.
 * The id is the event's id (UUIDv7, so time-ordered: newest first is `id desc`).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_actor_id_idx', properties: ['actorId', 'id'] })
@Index({ name: 'audit_entry_operation_idx', properties: ['operation', 'id'] })
@Index({ name: 'audit_entry_at_idx', properties: ['at'] })
@ObjectType({ description: '审计日志: who did or read what, when, from where, and whether it was allowed' })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the service that recorded it (identity, crm, members, analytics)' })
  service: string;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  at: Date;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'staff, partner, system or anonymous' })
  actorKind: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'staff id, or the API key id of a partner' })
  actorId: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  role: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  department: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'key account of a partner caller' })
  partnerId: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'e.g. `query customers`, `mutation createStaff`: the root field’s schema name, never an alias' })
  operation: string;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  @Field(() => [String], {
    description:
      'the root fields the operation ran, by their schema names (never the caller’s aliases), with their arguments: `customer(id: "…")`; free-text values show as …',
  })
  rootFields: string[];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'sha256 (hex) of the operation document as the service received it' })
  operationHash: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String])
  targetIds: string[];

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String], { description: 'fields read or changed (names, never values)' })
  fields: string[];

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Index({ name: 'audit_entry_customer_ids_idx', type: 'gin' })
  @Field(() => [String], { description: 'customers whose data the entry concerns' })
  customerIds: string[];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  clientIp: string | null;

  @Property({ type: 'text' })
  @Field(() => AuditOutcome)
  outcome: AuditOutcome;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why it was denied or failed' })
  reason: string | null;

  /** 补录: when the recorded change happened, for a record entered late (`at` is when it was entered) */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: '补录: when the change it records happened, for a record entered late (`at` is when it was entered); null otherwise',
  })
  occurredAt: Date | null = null;

  /** when identity stored it (the event may arrive a little after `at`) */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}
