import { Field, InputType } from 'type-graphql';
import { StaffRole } from '../staff.entity.js';

@InputType({ description: 'A new staff member in an existing department' })
export class CreateStaffInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'code of an existing department, e.g. MEMBER_CENTRE' })
  departmentCode: string;

  @Field(() => String, { description: '岗位 code, e.g. MEMBER_SPECIALIST' })
  position: string;

  @Field(() => StaffRole, { nullable: true, description: 'STAFF when not given' })
  role?: StaffRole | null;
}
