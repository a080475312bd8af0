import { ArrayType, BigIntType } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection, newId } from '@careline/service-kit';
import { AppointmentType } from '../appointment/appointment.entity.js';

/** 到院 / 门诊: an arrival, booked or walk-in, registered by the guide; the deal is recorded on it. */
@Entity({ tableName: 'visit' })
@ObjectType({ description: '到院: an arrival, booked or walk-in' })
export class Visit {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the visit’s id (a UUID)' })
  id: string = newId();

  @Property({ type: 'uuid' })
  @Index({ name: 'visit_customer_id_idx' })
  @Field(() => ID, { description: 'the customer who came' })
  customerId: string;

  /** null for a walk-in */
  @Property({ type: 'uuid', nullable: true, unique: 'visit_appointment_id_key' })
  @Field(() => ID, { nullable: true, description: 'the appointment; null for a walk-in' })
  appointmentId: string | null = null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'walk-in (no appointment)' })
  walkIn: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'came from a phone-converted booking (电转预约)' })
  phoneConverted: boolean = false;

  @Enum({ items: () => AppointmentType })
  @Field(() => AppointmentType, { description: 'what the visit is for: an expert consultation, an examination, a treatment, a revisit…' })
  type: AppointmentType;

  @Property({ type: 'text' })
  @Index({ name: 'visit_department_code_idx' })
  @Field(() => String, { description: 'the department seen (科室 code)' })
  departmentCode: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the doctor seen (a staff id); null until assigned' })
  doctorId: string | null = null;

  /** 指定: the customer asked for this doctor */
  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '指定: the customer asked for the doctor' })
  designatedDoctor: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  @Index({ name: 'visit_onsite_consultant_id_idx' })
  @Field(() => ID, { nullable: true, description: 'the on-site consultant (现场咨询) who received the customer (a staff id)' })
  onsiteConsultantId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Index({ name: 'visit_arrived_at_idx' })
  @Field(() => Date, { description: 'when the customer arrived' })
  arrivedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'the guide who registered the arrival' })
  registeredBy: string | null = null;

  /** null until the outcome is recorded */
  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: '成交: null until recorded' })
  dealt: boolean | null = null;

  /** fen; a bigint column read as a JS number (amounts stay far below 2^53) */
  @Property({ type: new BigIntType('number'), nullable: true })
  dealAmountFen: number | null = null;

  @Property({ type: 'text', nullable: true, unique: 'visit_receipt_number_key' })
  @Field(() => String, { nullable: true, description: 'the receipt number of the deal, when one was recorded' })
  receiptNumber: string | null = null;

  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'" })
  @Field(() => [String], { description: '成交项目' })
  items: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'who recorded the outcome (a staff id)' })
  dealRecordedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'when the outcome was recorded' })
  dealRecordedAt: Date | null = null;
}

@ObjectType({ description: 'One page of visits' })
export class VisitConnection extends Connection(Visit) {}
