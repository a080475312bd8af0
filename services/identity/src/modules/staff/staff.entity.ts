import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';
import { Department } from '../department/department.entity.js';
import { Position } from '../position/position.entity.js';

/** What a staff member may do across the system; departments narrow it further. */
export enum StaffRole {
  OPS_DIRECTOR = 'OPS_DIRECTOR',
  DEPT_ADMIN = 'DEPT_ADMIN',
  STAFF = 'STAFF',
  FINANCE = 'FINANCE',
  AUDITOR = 'AUDITOR',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'what a staff member may do',
  valuesConfig: {
    OPS_DIRECTOR: { description: '运营管理部总监: every department, dashboards and targets' },
    DEPT_ADMIN: { description: '部门管理员: their own department, its staff and queues' },
    STAFF: { description: '员工: their own work' },
    FINANCE: { description: '财务: costs, refunds, points liability' },
    AUDITOR: { description: '审计: reads the audit trail' },
  },
});

/** 员工: one person who works at the hospital, in exactly one department. */
@Entity({ tableName: 'staff' })
@ObjectType({ description: '员工: a staff member, owned by identity' })
@Directive('@key(fields: "id")')
export class Staff {
  [OptionalProps]?: 'role' | 'active' | 'specialities' | 'createdAt' | 'failedLogins' | 'lockedUntil' | 'lastLoginAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'text' })
  @Index({ name: 'staff_name_idx' })
  @Field(() => String, { description: '姓名' })
  name: string;

  /** the foreign key itself (mapToPk): the department object comes through a loader */
  @ManyToOne(() => Department, { mapToPk: true, joinColumn: 'department_code', index: 'staff_department_code_idx' })
  @Field(() => String)
  departmentCode: string;

  /** sign-in name: lower case, unique */
  @Property({ type: 'text', unique: 'staff_username_unique' })
  @Field(() => String, { description: 'sign-in name (lower case, unique)' })
  username: string;

  /** argon2id (PHC string); never exposed, loaded only by sign-in */
  @Property({ type: 'text', lazy: true })
  passwordHash: string;

  /** consecutive failed sign-ins since the last success or the last lock */
  @Property({ type: 'integer', default: 0 })
  failedLogins: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'set after 5 failed sign-ins in a row; sign-in is refused until then' })
  lockedUntil: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null = null;

  /** the foreign key itself (mapToPk): the position's titles come through a loader */
  @ManyToOne(() => Position, { mapToPk: true, joinColumn: 'position', index: 'staff_position_idx' })
  @Field(() => String, { description: '岗位 code, e.g. MEMBER_SPECIALIST' })
  position: string;

  /** what a doctor practises (种植, 正畸, 皮肤美容…); empty for most staff */
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: `'{}'` })
  @Field(() => [String], { description: '专长: what the person practises (a doctor’s 种植, 正畸, 皮肤美容…); empty for most staff' })
  specialities: string[] = [];

  @Enum({ items: () => StaffRole, default: StaffRole.STAFF })
  @Field(() => StaffRole)
  role: StaffRole = StaffRole.STAFF;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'false once the person has left; kept for history' })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();
}

@ObjectType()
export class StaffConnection extends Connection(Staff) {}
