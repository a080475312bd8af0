import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** 岗位: a job position (客服专员, 会员专员, …). Seeded by a data migration; the code never changes. */
@Entity({ tableName: 'position' })
@ObjectType({ description: '岗位: a job position; staff hold exactly one' })
export class Position {
  [OptionalProps]?: 'sortOrder';

  @PrimaryKey({ type: 'text' })
  @Field(() => String, { description: 'stable code, e.g. MEMBER_SPECIALIST' })
  code: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '中文名称, e.g. 会员专员' })
  name: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'English title' })
  nameEn: string;

  /** the order the hospital lists its positions in (lists come back already sorted) */
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;
}
