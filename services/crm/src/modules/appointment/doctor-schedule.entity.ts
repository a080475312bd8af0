import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@careline/service-kit';

/** One stretch of working hours on a weekday, in hospital time (e.g. Monday 08:30–12:00). */
@ObjectType({ description: 'working hours of a weekday, hospital time' })
export class WeeklyHours {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday' })
  weekday!: number;

  @Field(() => String, { description: 'HH:MM, hospital time' })
  start!: string;

  @Field(() => String, { description: 'HH:MM, hospital time; the last slot ends by then' })
  end!: string;
}

/**
 * A day that differs from the weekly pattern: leave (no hours) or other hours that replace the
 * weekday's hours on that day.
 */
@ObjectType({ description: 'a day off (no hours) or a day with other hours than the weekly pattern' })
export class ScheduleException {
  @Field(() => LocalDateScalar, { description: 'hospital day' })
  day!: string;

  @Field(() => String, { nullable: true, description: 'HH:MM; null with end: the doctor does not work that day (leave)' })
  start!: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  end!: string | null;

  @Field(() => String, { nullable: true, description: 'why, e.g. 年假' })
  note!: string | null;
}

/**
 * 排班: a doctor's weekly pattern, the days that differ from it and the slot length. Kept by crm,
 * which owns appointments, so a booking is checked against the schedule in the same database
 * (docs/doctor-schedules.md). One row per doctor, replaced as a whole when edited.
 */
@Entity({ tableName: 'doctor_schedule' })
@ObjectType({ description: '排班: a doctor’s weekly working hours, exceptions and slot length' })
export class DoctorSchedule {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'the doctor (staff id)' })
  doctorId!: string;

  @Property({ type: 'text' })
  @Index({ name: 'doctor_schedule_department_code_idx' })
  @Field(() => String, { description: 'the clinical department the doctor is booked in' })
  departmentCode!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'minutes per slot' })
  slotMinutes!: number;

  @Property({ type: 'json' })
  @Field(() => [WeeklyHours])
  weekly: WeeklyHours[] = [];

  @Property({ type: 'json' })
  @Field(() => [ScheduleException], { description: 'by day' })
  exceptions: ScheduleException[] = [];

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date = new Date();
}

/** Free slots of a doctor over a range of days. */
@ObjectType({ description: 'free slots of a doctor over a range of days' })
export class DoctorFreeSlots {
  @Field(() => ID)
  doctorId!: string;

  @Field(() => Int, { description: 'minutes per slot' })
  slotMinutes!: number;

  @Field(() => [Date], { description: 'starts of the free slots, earliest first (booked and past slots left out); at most 31 days' })
  slots!: Date[];
}
