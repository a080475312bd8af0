import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateScalar } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { DoctorFreeSlots, DoctorSchedule } from './doctor-schedule.entity.js';
import { SetDoctorScheduleInput } from './dto/doctor-schedule.input.js';
import { DoctorScheduleService } from './doctor-schedule.service.js';

/** 排班: doctors' schedules (edited by the director and department admins) and their free slots (for booking). */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => DoctorSchedule)
export class DoctorScheduleResolver {
  @Query(() => DoctorSchedule, { nullable: true, description: 'a doctor’s schedule; null when the doctor has none' })
  doctorSchedule(@Arg('doctorId', () => ID) doctorId: string, @Ctx() ctx: CrmContext): Promise<DoctorSchedule | null> {
    return new DoctorScheduleService(ctx).get(doctorId);
  }

  @Query(() => DoctorFreeSlots, {
    description: 'a doctor’s free slots from `from` to `to` (hospital days, inclusive, at most 31): booked and past slots left out',
  })
  doctorFreeSlots(
    @Arg('doctorId', () => ID) doctorId: string,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() ctx: CrmContext,
  ): Promise<DoctorFreeSlots> {
    return new DoctorScheduleService(ctx).freeSlots(doctorId, from, to);
  }

  @Query(() => [DoctorFreeSlots], {
    description:
      'several doctors’ free slots from `from` to `to` (at most 100 doctors and 31 days), in the order asked: the day grid; slotMinutes 0 for a doctor without a schedule',
  })
  doctorsFreeSlots(
    @Arg('doctorIds', () => [ID]) doctorIds: string[],
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() ctx: CrmContext,
  ): Promise<DoctorFreeSlots[]> {
    return new DoctorScheduleService(ctx).freeSlotsOf(doctorIds, from, to);
  }

  @Mutation(() => DoctorSchedule, {
    description: 'Replaces a doctor’s schedule: weekly hours, exceptions (leave, other hours) and slot length (director, department admin)',
  })
  setDoctorSchedule(
    @Arg('input', () => SetDoctorScheduleInput) input: SetDoctorScheduleInput,
    @Ctx() ctx: CrmContext,
  ): Promise<DoctorSchedule> {
    return new DoctorScheduleService(ctx).set(input);
  }
}
