import { ArrayType } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';
import { PartnerOrganisation } from './partner-organisation.entity.js';

/**
 * A partner organisation's API key. The secret is shown once, when the key is made; only its
 * sha256 is kept (a key is 32 random bytes, so a fast hash is enough and authentication stays one
 * indexed lookup), plus its first 8 characters so people can tell their keys apart.
 */
@Entity({ tableName: 'api_key' })
@ObjectType({ description: 'API key of a partner organisation; the secret itself is never shown again' })
export class ApiKey {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'expiresAt' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @ManyToOne(() => PartnerOrganisation, { mapToPk: true, joinColumn: 'partner_id', index: 'api_key_partner_id_idx' })
  partnerId: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'what the key is for, e.g. 体检数据对接' })
  name: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'the first 8 characters of the secret, to tell keys apart' })
  prefix: string;

  /** hex sha256 of the secret */
  @Property({ type: 'text', unique: 'api_key_secret_hash_unique', lazy: true })
  secretHash: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String], { description: 'what the key may read, e.g. membership:read' })
  scopes: string[];

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'null: does not expire' })
  expiresAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'to the minute' })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();

  /** staff id of whoever made it */
  @Property({ type: 'text', nullable: true })
  createdBy: string | null = null;
}

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKey) {}
