import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

export enum PersonalDataRequestKind {
  /** everything held on the person, as a spreadsheet and JSON (PIPL Art. 45) */
  EXPORT = 'EXPORT',
  /** pseudonymise the person everywhere, keeping ids, ledgers and the audit trail (PIPL Art. 47) */
  ERASURE = 'ERASURE',
}
registerEnumType(PersonalDataRequestKind, { name: 'PersonalDataRequestKind' });

export enum PersonalDataRequestStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PersonalDataRequestStatus, { name: 'PersonalDataRequestStatus' });

/**
 * A request about one person's data: proposed by a customer-service member (or the director), decided
 * by the director (an export) or by a second person (an erasure: never the proposer). The partial
 * unique indexes (migration) keep one open request per person and kind, and one erasure per person.
 */
@Entity({ tableName: 'personal_data_request' })
@ObjectType({ description: 'A request to export or erase everything held on one person, and its decision' })
export class PersonalDataRequest {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Enum({ items: () => PersonalDataRequestKind })
  @Field(() => PersonalDataRequestKind)
  kind: PersonalDataRequestKind;

  @Property({ type: 'uuid' })
  @Index({ name: 'personal_data_request_customer_id_idx' })
  @Field(() => ID)
  customerId: string;

  @Enum({ items: () => PersonalDataRequestStatus })
  @Field(() => PersonalDataRequestStatus)
  status: PersonalDataRequestStatus = PersonalDataRequestStatus.PROPOSED;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'why (the person asked on …, by letter, …)' })
  reason: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  proposedBy: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  proposedByName: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  proposedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  decidedByName: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null = null;
}

@ObjectType()
export class PersonalDataRequestConnection extends Connection(PersonalDataRequest) {}

/**
 * Everything held on one person, assembled by the gateway: crm answers `personalDataExport` (only for
 * an approved export request, to the director or its proposer) with this entity, and each subgraph
 * adds the sections it holds, keyed by the customer id the representation carries. No other field
 * returns the type, so no subgraph is asked for a person's data without crm's approval check.
 */
@ObjectType({ description: 'Everything held on one person across the services (an approved export request)' })
@Directive('@key(fields: "id customerId")')
export class PersonalDataExport {
  @Field(() => ID, { description: 'the export request' })
  id: string;

  @Field(() => ID)
  customerId: string;

  @Field(() => Date)
  generatedAt: Date;
}
