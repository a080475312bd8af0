import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

/** 科室 / 部门: a hospital department. The set is seeded by a migration; the code never changes. */
@Entity({ tableName: 'department' })
@ObjectType({ description: '部门: a hospital department, owned by identity' })
@Directive('@key(fields: "code")')
export class Department {
  [OptionalProps]?: 'sortOrder' | 'clinical';

  @PrimaryKey({ type: 'text' })
  @Field(() => String, { description: 'stable code, e.g. MEMBER_CENTRE' })
  code: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: '中文名称' })
  name: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'English name' })
  nameEn: string;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'a clinical department (科室) that doctors work and patients are booked in' })
  clinical: boolean = false;

  /** the order the hospital lists its departments in (not exposed: lists come back already sorted) */
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;
}
