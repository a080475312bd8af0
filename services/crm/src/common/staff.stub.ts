import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Staff as identity owns it: only the key. Fields such as `Visit.registeredByStaff` answer this stub
 * and the gateway fetches the name, department and position from identity (docs/staff-names.md).
 * Never import identity's class: services share contracts, not code.
 */
@ObjectType({ description: '员工: a staff member, owned by identity' })
@Directive('@key(fields: "id")')
export class Staff {
  @Field(() => ID)
  id: string;
}
