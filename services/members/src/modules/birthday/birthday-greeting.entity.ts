import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One BirthdayGreetingDue published, per member and year: the key the greeting job inserts before
 * publishing, so however often it runs a member is greeted once a year.
 */
@Entity({ tableName: 'birthday_greeting' })
export class BirthdayGreeting {
  @PrimaryKey({ type: 'uuid' })
  membershipId: string;

  @PrimaryKey({ type: 'integer' })
  year: number;

  /** the day celebrated */
  @Property({ type: 'date' })
  birthday: string;

  @Property({ type: 'timestamptz' })
  publishedAt: Date;
}
