import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import {
  assertFen,
  MemberFactEvents,
  pageSize,
  parseCursor,
  toPage,
  type ActivityAttendedData,
  type ActivityRegisteredData,
  type Page,
} from '@careline/service-kit';
import type { MembersContext } from '../../context.js';
import { isUuid, sql } from '../../common/sql.js';
import { Membership, MembershipStatus } from '../membership/membership.entity.js';
import { MembershipErrors } from '../membership/membership.exception.js';
import { assertMemberCentre } from '../membership/membership.policy.js';
import { staffIdOf } from '../membership/membership.actor.js';
import { Tier } from '../tier/tier.entity.js';
import { spendByMembership } from '../tier/member-spend.js';
import { Activity, ActivityRegistration, type ActivityEffect } from './activity.entity.js';
import { ActivityErrors } from './activity.exception.js';
import type { CreateActivityInput } from './dto/create-activity.input.js';

const TITLE_MAX = 100;
const DESCRIPTION_MAX = 2000;
const CAPACITY_MAX = 100_000;
/** effect: consumption up to this many days after the activity ends */
export const EFFECT_DAYS = 30;
/** attendance may be recorded from this long before the start (members arrive early) */
const ATTENDANCE_EARLY_MS = 2 * 3600_000;
/** statuses that may register: a lost card does not stop a member taking part */
const MAY_REGISTER: readonly MembershipStatus[] = [MembershipStatus.ACTIVE, MembershipStatus.LOST];

export class ActivityService {
  constructor(private readonly ctx: MembersContext) {}

  async create(input: CreateActivityInput): Promise<Activity> {
    const operation = 'mutation createActivity';
    assertMemberCentre(this.ctx, operation, 'run member activities');
    const title = input.title.trim();
    if (!title || title.length > TITLE_MAX) throw ActivityErrors.invalid('title', `title must be 1 to ${TITLE_MAX} characters`);
    const description = input.description?.trim() || null;
    if (description && description.length > DESCRIPTION_MAX)
      throw ActivityErrors.invalid('description', `description is at most ${DESCRIPTION_MAX} characters`);
    if (!(input.endsAt.getTime() > input.startsAt.getTime())) throw ActivityErrors.invalid('endsAt', 'endsAt must be after startsAt');
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > CAPACITY_MAX) {
      throw ActivityErrors.invalid('capacity', `capacity must be 1 to ${CAPACITY_MAX}`);
    }
    const budgetFen = assertFen(input.budgetFen, 'budgetFen', { allowZero: true });
    const targetTiers = [...new Set(input.targetTiers.map((t) => t.trim().toUpperCase()).filter(Boolean))];
    if (targetTiers.length === 0) throw ActivityErrors.invalid('targetTiers', 'name at least one target tier');
    return this.ctx.em.transactional(async (em) => {
      const known = await em.find(Tier, { code: { $in: targetTiers } });
      const unknown = targetTiers.filter((t) => !known.some((k) => k.code === t));
      if (unknown.length) throw ActivityErrors.invalid('targetTiers', `there is no tier ${unknown.join(', ')}`);
      const activity = em.create(Activity, {
        title,
        description,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        targetTiers,
        capacity: input.capacity,
        budgetFen,
        createdBy: staffIdOf(this.ctx.caller),
      });
      await em.flush();
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'Activity',
        targetIds: [activity.id],
        fields: ['title', 'kind', 'startsAt', 'endsAt', 'targetTiers', 'capacity', 'budgetFen'],
      });
      return activity;
    });
  }

  async get(id: string): Promise<Activity> {
    const activity = isUuid(id) ? await this.ctx.em.findOne(Activity, { id: id.toLowerCase() }) : null;
    if (!activity) throw ActivityErrors.notFound(id);
    return activity;
  }

  /** Newest first; `upcoming` keeps the activities that have not ended. */
  async list(query: { first?: number; after?: string | null; upcoming?: boolean | null }): Promise<Page<Activity>> {
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const where: FilterQuery<Activity> = query.upcoming ? { endsAt: { $gt: new Date() } } : {};
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(Activity, after ? { $and: [where, { id: { $lt: after } }] } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(Activity, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  /**
   * 报名. The place is taken by one conditional update (`registered_count < capacity`), which
   * PostgreSQL runs one at a time per activity: concurrent registrations never go over capacity.
   * @throws BAD_USER_INPUT for a member of a tier the activity is not for, CONFLICT when full,
   *   over, already registered, or the membership is frozen or cancelled
   */
  async register(activityId: string, membershipId: string): Promise<ActivityRegistration> {
    const operation = 'mutation registerForActivity';
    assertMemberCentre(this.ctx, operation, 'run member activities');
    try {
      return await this.ctx.em.transactional(async (em) => {
        const activity = isUuid(activityId) ? await em.findOne(Activity, { id: activityId.toLowerCase() }) : null;
        if (!activity) throw ActivityErrors.notFound(activityId);
        const membership = isUuid(membershipId) ? await em.findOne(Membership, { id: membershipId.toLowerCase() }) : null;
        if (!membership) throw MembershipErrors.notFound(membershipId);
        if (!MAY_REGISTER.includes(membership.status)) throw ActivityErrors.membershipInactive(membership.status);
        if (!activity.targetTiers.includes(membership.tier)) throw ActivityErrors.tierNotTargeted(membership.tier, activity.targetTiers);
        if (activity.endsAt.getTime() <= Date.now()) throw ActivityErrors.ended();
        if (await em.findOne(ActivityRegistration, { activityId: activity.id, membershipId: membership.id }, { fields: ['id'] })) {
          throw ActivityErrors.alreadyRegistered();
        }
        const [taken] = await sql<{ registered_count: number }>(
          em,
          `update "members"."activity" set registered_count = registered_count + 1 where id = ? and registered_count < capacity returning registered_count`,
          [activity.id],
        );
        if (!taken) throw ActivityErrors.full(activity.capacity);
        const registration = em.create(ActivityRegistration, {
          activityId: activity.id,
          membershipId: membership.id,
          registeredBy: staffIdOf(this.ctx.caller),
        });
        await em.flush();
        await this.ctx.bus.publish<ActivityRegisteredData>(em, MemberFactEvents.ActivityRegistered, {
          registrationId: registration.id,
          activityId: activity.id,
          activityKind: activity.kind,
          membershipId: membership.id,
          customerId: membership.customerId,
          startsAt: activity.startsAt.toISOString(),
          registeredAt: registration.registeredAt.toISOString(),
        });
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'ActivityRegistration',
          targetIds: [registration.id, activity.id, membership.id],
          fields: ['activityId', 'membershipId'],
          customerIds: [membership.customerId],
        });
        return registration;
      });
    } catch (error) {
      // two registrations of one member at once: the unique index lets one through
      if (error instanceof UniqueConstraintViolationException) throw ActivityErrors.alreadyRegistered();
      throw error;
    }
  }

  /** 签到: records that a registered member came. */
  async recordAttendance(activityId: string, membershipId: string): Promise<ActivityRegistration> {
    const operation = 'mutation recordAttendance';
    assertMemberCentre(this.ctx, operation, 'run member activities');
    return this.ctx.em.transactional(async (em) => {
      const activity = isUuid(activityId) ? await em.findOne(Activity, { id: activityId.toLowerCase() }) : null;
      if (!activity) throw ActivityErrors.notFound(activityId);
      if (!isUuid(membershipId)) throw MembershipErrors.notFound(membershipId);
      if (activity.startsAt.getTime() - ATTENDANCE_EARLY_MS > Date.now()) throw ActivityErrors.notStarted();
      // locks the registration: two clerks signing the same member in count them once
      const [row] = await sql<{ id: string }>(
        em,
        `update "members"."activity_registration" set attended_at = now(), attendance_recorded_by = ?
          where activity_id = ? and membership_id = ? and attended_at is null returning id`,
        [staffIdOf(this.ctx.caller), activity.id, membershipId.toLowerCase()],
      );
      if (!row) {
        const registered = await em.findOne(ActivityRegistration, { activityId: activity.id, membershipId: membershipId.toLowerCase() });
        throw registered ? ActivityErrors.alreadyAttended() : ActivityErrors.notRegistered();
      }
      await sql(em, `update "members"."activity" set attended_count = attended_count + 1 where id = ?`, [activity.id]);
      const registration = await em.findOneOrFail(ActivityRegistration, { id: row.id }, { refresh: true });
      const membership = await em.findOne(Membership, { id: registration.membershipId }, { fields: ['customerId'] });
      if (membership) {
        await this.ctx.bus.publish<ActivityAttendedData>(em, MemberFactEvents.ActivityAttended, {
          registrationId: registration.id,
          activityId: activity.id,
          membershipId: registration.membershipId,
          customerId: membership.customerId,
          attendedAt: (registration.attendedAt ?? new Date()).toISOString(),
        });
      }
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'ActivityRegistration',
        targetIds: [registration.id, activity.id, registration.membershipId],
        fields: ['attendedAt'],
        customerIds: membership ? [membership.customerId] : [],
      });
      return registration;
    });
  }

  /** 活动效果: registrations, attendance, and what the attendees spent from the start to 30 days after the end. */
  async effect(id: string): Promise<ActivityEffect> {
    const activity = await this.get(id);
    const attendees = await sql<{ membership_id: string }>(
      this.ctx.em,
      `select membership_id from "members"."activity_registration" where activity_id = ? and attended_at is not null`,
      [activity.id],
    );
    const spendFrom = activity.startsAt;
    const spendUntil = new Date(activity.endsAt.getTime() + EFFECT_DAYS * 86_400_000);
    // (from, to]: a receipt at the very start instant counts too
    const spend = await spendByMembership(
      this.ctx.em,
      attendees.map((a) => a.membership_id),
      new Date(spendFrom.getTime() - 1),
      spendUntil,
    );
    const total = [...spend.values()].reduce((sum, fen) => sum + fen, 0);
    return {
      activityId: activity.id,
      registered: activity.registeredCount,
      attended: activity.attendedCount,
      spendWithin30DaysFen: total,
      spendFrom,
      spendUntil,
      spendFinal: spendUntil.getTime() <= Date.now(),
    };
  }
}
