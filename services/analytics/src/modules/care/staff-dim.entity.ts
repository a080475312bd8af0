import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The staff dimension, from identity's StaffRegistered / StaffChanged: who a fact's staff id is. */
@Entity({ tableName: 'staff_dim' })
export class StaffDim {
  @PrimaryKey({ type: 'uuid' })
  staffId: string;

  @Property({ type: 'text' })
  name: string;

  /** identity keys departments by their code: departmentId and departmentCode carry the same value */
  @Property({ type: 'text' })
  departmentId: string;

  @Property({ type: 'text' })
  @Index({ name: 'staff_dim_department_code_idx' })
  departmentCode: string;

  @Property({ type: 'text' })
  positionCode: string;

  @Property({ type: 'text' })
  role: string;

  @Property({ type: 'boolean' })
  active: boolean;

  /** the event time of the version kept: an older StaffChanged arriving late changes nothing */
  @Property({ type: 'timestamptz' })
  changedAt: Date;
}
