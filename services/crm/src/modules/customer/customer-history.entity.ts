import { BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '@careline/service-kit';
import { CustomerClass } from './customer.entity.js';

/** One reclassification A / B / C: who, when, from what, to what and why. */
@Entity({ tableName: 'customer_class_change' })
@ObjectType({ description: 'A reclassification of a customer, with who made it and why' })
export class CustomerClassChange {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'customer_class_change_customer_id_idx' })
  @Field(() => ID)
  customerId: string;

  @Enum({ items: () => CustomerClass, nullable: true })
  @Field(() => CustomerClass, { nullable: true })
  fromClass: CustomerClass | null = null;

  @Enum({ items: () => CustomerClass })
  @Field(() => CustomerClass)
  toClass: CustomerClass;

  @Property({ type: 'text' })
  @Field(() => String)
  reason: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  changedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  changedByName: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  changedAt: Date = new Date();
}

/** One deal (DealClosed), unique by receipt: a redelivered or republished deal counts once. */
@Entity({ tableName: 'customer_deal' })
export class CustomerDeal {
  @PrimaryKey({ type: 'text' })
  receiptNumber: string;

  @Property({ type: 'uuid' })
  @Index({ name: 'customer_deal_customer_id_idx' })
  customerId: string;

  @Property({ type: 'uuid' })
  visitId: string;

  /** fen */
  @Property({ type: new BigIntType('number') })
  amountFen: number;

  @Property({ type: 'timestamptz' })
  occurredAt: Date;
}

/** A merge of two records of one person: the merged one is gone, its snapshot kept here. */
@Entity({ tableName: 'customer_merge' })
@ObjectType({ description: 'Two records of one person merged into the survivor' })
export class CustomerMerge {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'customer_merge_survivor_id_idx' })
  @Field(() => ID)
  survivorId: string;

  @Property({ type: 'uuid', unique: 'customer_merge_merged_id_key' })
  @Field(() => ID)
  mergedId: string;

  /** the merged record as it was (personal data: not exposed) */
  @Property({ type: 'jsonb' })
  mergedSnapshot: Record<string, unknown>;

  /** rows moved per table, e.g. { visit: 2 } */
  @Property({ type: 'jsonb' })
  movedRows: Record<string, number>;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  mergedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  mergedAt: Date = new Date();
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, { name: 'ImportStatus' });

/** Why an import row was refused (ImportRowError.reason). */
export enum ImportRowErrorReason {
  NAME_INVALID = 'NAME_INVALID',
  PHONE_INVALID = 'PHONE_INVALID',
  PHONE_REPEATED = 'PHONE_REPEATED',
  GENDER_INVALID = 'GENDER_INVALID',
  CHANNEL_INVALID = 'CHANNEL_INVALID',
  BIRTH_DATE_INVALID = 'BIRTH_DATE_INVALID',
  TAGS_INVALID = 'TAGS_INVALID',
  CONSENT_INVALID = 'CONSENT_INVALID',
  REGISTERED_AT_INVALID = 'REGISTERED_AT_INVALID',
  /** the row was valid but could not be written (e.g. its phone was registered meanwhile) */
  ROW_FAILED = 'ROW_FAILED',
}
registerEnumType(ImportRowErrorReason, { name: 'ImportRowErrorReason' });

@ObjectType({ description: 'A row the import could not take, and why' })
export class ImportRowError {
  @Field(() => Int, { description: 'row number in the file (the header is row 1)' })
  row: number;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field(() => String)
  message: string;

  // the portal says why in the user's language from the reason, not from the English message;
  // imports recorded before the reason existed have none
  @Field(() => ImportRowErrorReason, { nullable: true, description: 'why the row was refused, for the portal to say in words' })
  reason?: ImportRowErrorReason | null;

  @Field(() => String, { nullable: true, description: 'the cell as the file has it (the refused value), when one cell is at fault' })
  value?: string | null;

  @Field(() => Int, { nullable: true, description: 'PHONE_REPEATED: the earlier row with the same phone' })
  otherRow?: number | null;
}

@ObjectType({ description: 'What a row does (dry run) or did: CREATE, UPDATE (with the fields) or UNCHANGED' })
export class ImportRowChange {
  @Field(() => Int)
  row: number;

  @Field(() => String)
  action: string;

  @Field(() => ID, { nullable: true, description: 'the existing customer (UPDATE / UNCHANGED) or the new one (CREATE, real run)' })
  customerId: string | null;

  @Field(() => [String])
  fields: string[];
}

/** A customer import (CSV / XLSX): its file, progress and outcome, row by row. */
@Entity({ tableName: 'customer_import' })
@ObjectType({ description: 'A customer import (CSV / XLSX), upserting by phone; poll it for progress' })
export class CustomerImport {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text' })
  @Field(() => String)
  filename: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'a dry run reports what would change and changes nothing' })
  dryRun: boolean;

  @Property({ type: 'blob', lazy: true })
  content: Buffer;

  @Enum({ items: () => ImportStatus, default: ImportStatus.QUEUED })
  @Field(() => ImportStatus)
  status: ImportStatus = ImportStatus.QUEUED;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'data rows in the file' })
  total: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  processed: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  created: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  updated: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  unchanged: number = 0;

  @Property({ type: 'jsonb' })
  @Field(() => [ImportRowError])
  rowErrors: ImportRowError[] = [];

  @Property({ type: 'jsonb' })
  @Field(() => [ImportRowChange])
  changes: Array<{ row: number; action: string; customerId: string | null; fields: string[] }> = [];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'why the whole import failed (unreadable file)' })
  failure: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  finishedAt: Date | null = null;
}
