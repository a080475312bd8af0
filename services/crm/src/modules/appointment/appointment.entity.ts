import { ArrayType } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';

export enum AppointmentType {
  EXPERT = 'EXPERT',
  EXAMINATION = 'EXAMINATION',
  PHYSICAL_EXAM = 'PHYSICAL_EXAM',
  TREATMENT = 'TREATMENT',
  HOME_CARE = 'HOME_CARE',
  REVISIT = 'REVISIT',
}
registerEnumType(AppointmentType, {
  name: 'AppointmentType',
  description: 'kind of appointment or visit',
  valuesConfig: {
    EXPERT: { description: '专家号' },
    EXAMINATION: { description: '检查' },
    PHYSICAL_EXAM: { description: '体检' },
    TREATMENT: { description: '治疗' },
    HOME_CARE: { description: '上门服务' },
    REVISIT: { description: '复诊' },
  },
});

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  ARRIVED = 'ARRIVED',
  DEALT = 'DEALT',
  NOT_DEALT = 'NOT_DEALT',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'booked → arrived → dealt | not dealt, or cancelled / no-show',
});

/**
 * 预约. `heldSlot` is the slot while the booking holds it (null once cancelled): the unique
 * constraint on (doctor, held slot) makes concurrent bookings of one doctor's slot fail but one.
 */
@Entity({ tableName: 'appointment' })
@Unique({ name: 'appointment_doctor_slot_key', properties: ['doctorId', 'heldSlot'] })
@ObjectType({ description: '预约: a booking of a doctor’s time slot' })
export class Appointment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'appointment_customer_id_idx' })
  @Field(() => ID, { nullable: true })
  customerId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'appointment_consultation_id_idx' })
  @Field(() => ID, { nullable: true, description: 'the consultation it was booked from' })
  consultationId: string | null = null;

  @Enum({ items: () => AppointmentType })
  @Field(() => AppointmentType)
  type: AppointmentType;

  @Property({ type: 'text' })
  @Index({ name: 'appointment_department_code_idx' })
  @Field(() => String)
  departmentCode: string;

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'doctor (staff id)' })
  doctorId: string;

  @Property({ type: 'timestamptz' })
  @Index({ name: 'appointment_slot_start_idx' })
  @Field(() => Date, { description: 'start of the time slot' })
  slotStart: Date;

  @Property({ type: 'timestamptz', nullable: true })
  heldSlot: Date | null = null;

  @Enum({ items: () => AppointmentStatus, default: AppointmentStatus.BOOKED })
  @Field(() => AppointmentStatus)
  status: AppointmentStatus = AppointmentStatus.BOOKED;

  /** 电转预约: booked from a phone consultation; handed to an on-site consultant by rotation */
  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '电转预约: booked from a phone consultation' })
  phoneConverted: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'appointment_onsite_consultant_id_idx' })
  @Field(() => ID, { nullable: true, description: 'on-site consultant it was handed to (rotation)' })
  onsiteConsultantId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  bookedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null = null;
}

@ObjectType()
export class AppointmentConnection extends Connection(Appointment) {}

/**
 * 值班表: the on-site consultants on duty on a day, in rotation order, and where the rotation
 * stands. `nextIndex` only ever grows; the next consultant is consultantIds[nextIndex % length],
 * read and advanced under `select … for update`, so the rotation is fair and survives restarts.
 */
@Entity({ tableName: 'duty_roster' })
@ObjectType({ description: '值班表: on-site consultants on duty on a day, in rotation order' })
export class DutyRoster {
  @PrimaryKey({ type: 'date' })
  @Field(() => String, { description: 'YYYY-MM-DD (hospital time)' })
  day: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [ID])
  consultantIds: string[];

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'hand-offs made so far; the next goes to consultantIds[nextIndex % count]' })
  nextIndex: number = 0;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date = new Date();
}
