import { IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import { Field, InputType } from 'type-graphql';
import { StaffRole } from '../staff.entity.js';

@InputType({ description: 'A new staff member in an existing department, with a sign-in account' })
export class CreateStaffInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'code of an existing department, e.g. MEMBER_CENTRE' })
  departmentCode: string;

  @Field(() => String, { description: '岗位 code of an existing position, e.g. MEMBER_SPECIALIST (see `positions`)' })
  position: string;

  @Field(() => StaffRole, { nullable: true, description: 'STAFF when not given' })
  role?: StaffRole | null;

  @Field(() => [String], { nullable: true, description: '专长, e.g. 种植, 正畸 (a doctor’s): at most 10, each 1 to 20 characters' })
  specialities?: string[] | null;

  @Field(() => String, { description: 'sign-in name: 2 to 32 of a-z 0-9 . _ -, starting with a letter; stored in lower case' })
  username: string;

  @Field(() => String, { description: 'initial password, at least 10 characters; tell it to the person, who should change it' })
  password: string;
}
