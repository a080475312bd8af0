import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

/**
 * 合作机构: an organisation that is one of the hospital's key accounts and queries its own people's
 * data with API keys. `keyAccountId` is crm's KeyAccount id: it is what partner callers carry as
 * `partnerId`, and what the other subgraphs scope a partner's rows by.
 */
@Entity({ tableName: 'partner_organisation' })
@ObjectType({ description: '合作机构: a key account that uses the API with its own keys' })
export class PartnerOrganisation {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text' })
  @Field(() => String, { description: '机构名称' })
  name: string;

  @Property({ type: 'uuid', unique: 'partner_organisation_key_account_id_unique' })
  @Field(() => ID, { description: 'the crm KeyAccount this organisation is (one organisation per key account)' })
  keyAccountId: string;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'false: none of its keys are accepted' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

@ObjectType()
export class PartnerOrganisationConnection extends Connection(PartnerOrganisation) {}
