import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, LocalDateScalar, idempotentCreate } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { Appointment, AppointmentConnection, AppointmentStatus, DutyRoster } from './appointment.entity.js';
import { BookAppointmentInput, SetDutyRosterInput } from './dto/appointment.input.js';
import { AppointmentService } from './appointment.service.js';
import { AppointmentAction, appointmentViewerActions } from './appointment.rules.js';

/** Appointments and the duty roster: CONSULTATION, ONSITE and GUIDE staff and admins, and the director. */
@Authorized(FRONT_LINE_ROLES)
@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => AppointmentConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Appointments, newest first, of a hospital day or a range of days (week view), a doctor, a department, a status',
  })
  appointments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('day', () => LocalDateScalar, { nullable: true }) day: string | null,
    @Arg('doctorId', () => ID, { nullable: true }) doctorId: string | null,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: 'first hospital day of a range (with to; not with day)' })
    from: string | null,
    @Arg('to', () => LocalDateScalar, {
      nullable: true,
      description: 'last hospital day of a range, inclusive, at most 62 days after from',
    })
    to: string | null,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Arg('status', () => AppointmentStatus, { nullable: true }) status: AppointmentStatus | null,
    @Ctx() ctx: CrmContext,
  ): Promise<AppointmentConnection> {
    return new AppointmentService(ctx).list({ day, from, to, doctorId, departmentCode, status, first: page.first, after: page.after });
  }

  @Query(() => DutyRoster, { nullable: true, description: '值班表 of a day' })
  dutyRoster(@Arg('day', () => LocalDateScalar) day: string, @Ctx() ctx: CrmContext): Promise<DutyRoster | null> {
    return new AppointmentService(ctx).dutyRoster(day);
  }

  @Mutation(() => Appointment, { description: 'Books a doctor’s slot; CONFLICT SLOT_TAKEN when it is taken' })
  bookAppointment(@Arg('input', () => BookAppointmentInput) input: BookAppointmentInput, @Ctx() ctx: CrmContext): Promise<Appointment> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation bookAppointment', input: input },
      {
        create: (tx) => new AppointmentService(tx).book(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(Appointment, String(id)),
      },
    );
  }

  @Mutation(() => Appointment, { description: 'Cancels a booking and frees the slot' })
  cancelAppointment(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Appointment> {
    return new AppointmentService(ctx).cancel(id);
  }

  @Mutation(() => Appointment, { description: '爽约: marks a booked appointment as a no-show' })
  markAppointmentNoShow(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Appointment> {
    return new AppointmentService(ctx).markNoShow(id);
  }

  /** What the caller may do with the appointment now: the rules of the mutations (appointment.rules.ts), from the row alone. */
  @FieldResolver(() => [AppointmentAction], { description: 'the steps the caller may take on this appointment now' })
  viewerActions(@Root() appointment: Appointment, @Ctx() ctx: CrmContext): AppointmentAction[] {
    return appointmentViewerActions(ctx.caller, appointment);
  }

  @Mutation(() => DutyRoster, { description: 'Sets the on-site consultants on duty on a day, in rotation order (ONSITE)' })
  setDutyRoster(@Arg('input', () => SetDutyRosterInput) input: SetDutyRosterInput, @Ctx() ctx: CrmContext): Promise<DutyRoster> {
    return new AppointmentService(ctx).setDutyRoster(input);
  }
}
