import { LocalDateScalar } from '@careline/service-kit';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'working hours of a weekday, hospital time' })
export class WeeklyHoursInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday' })
  weekday: number;

  @Field(() => String, { description: 'HH:MM' })
  start: string;

  @Field(() => String, { description: 'HH:MM' })
  end: string;
}

@InputType({ description: 'a day off (start and end left out) or a day with other hours' })
export class ScheduleExceptionInput {
  @Field(() => LocalDateScalar)
  day: string;

  @Field(() => String, { nullable: true, description: 'HH:MM; leave out with end for a day off' })
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  end?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: '排班 of one doctor; replaces the doctor’s schedule as a whole' })
export class SetDoctorScheduleInput {
  @Field(() => ID)
  doctorId: string;

  @Field(() => String, { description: 'the clinical department the doctor is booked in' })
  departmentCode: string;

  @Field(() => Int, { description: 'minutes per slot, 5 to 240' })
  slotMinutes: number;

  @Field(() => [WeeklyHoursInput])
  weekly: WeeklyHoursInput[];

  @Field(() => [ScheduleExceptionInput], { nullable: true })
  exceptions?: ScheduleExceptionInput[] | null;
}
