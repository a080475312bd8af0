import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { FRONT_LINE_ROLES } from '../../common/care-access.js';
import { InDepartments } from '../customer/customer.roles.js';
import { Appointment } from '../appointment/appointment.entity.js';
import { AppointmentConfirmationView, ReminderRule } from './reminder.entity.js';
import { SetReminderRuleInput } from './dto/reminder.inputs.js';
import { confirmationLoader, ReminderService } from './reminder.service.js';

/** the customer-service admin edits the rules; the director too */
const RULE_ROLES = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN] as const;
const RULE_DEPARTMENTS = ['CUSTOMER_SERVICE'] as const;

@Resolver(() => Appointment)
export class ReminderResolver {
  @Authorized(RULE_ROLES)
  @InDepartments(RULE_DEPARTMENTS)
  @Query(() => [ReminderRule], { nullable: true, description: '预约提醒规则 of every department that has one' })
  reminderRules(@Ctx() ctx: CrmContext): Promise<ReminderRule[]> {
    return new ReminderService(ctx).rules();
  }

  @Authorized(RULE_ROLES)
  @InDepartments(RULE_DEPARTMENTS)
  @Mutation(() => ReminderRule, { description: 'Sets a department’s reminder rule (when, which template and channel, quiet hours)' })
  setReminderRule(@Arg('input', () => SetReminderRuleInput) input: SetReminderRuleInput, @Ctx() ctx: CrmContext): Promise<ReminderRule> {
    return new ReminderService(ctx).setRule(input);
  }

  @Authorized(FRONT_LINE_ROLES)
  @Mutation(() => Appointment, { description: '确认: records that the customer confirmed a booked appointment (staff, e.g. by phone)' })
  confirmAppointment(@Arg('id', () => ID) id: string, @Ctx() ctx: CrmContext): Promise<Appointment> {
    return new ReminderService(ctx).confirmByStaff(id);
  }

  @Authorized(FRONT_LINE_ROLES)
  @FieldResolver(() => AppointmentConfirmationView, { description: '预约确认: the reminder and the customer’s answer' })
  confirmation(@Root() appointment: Appointment, @Ctx() ctx: CrmContext): Promise<AppointmentConfirmationView> {
    return confirmationLoader(ctx).load(appointment.id);
  }
}
