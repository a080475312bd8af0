import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  authorizeReference,
  LoadersByArguments,
  partnerScope,
  partnerWith,
  PartnerScope,
  Personal,
  Role,
  LocalDateScalar,
  YearMonthScalar,
} from '@careline/service-kit';
import type { AnalyticsContext } from '../../context.js';
import { analyticsEnv } from '../../env.js';
import { PeriodInput } from '../../common/dto/period.input.js';
import {
  CohortRow,
  Customer,
  CustomerStats,
  GiftCost,
  KeyAccount,
  KeyAccountReport,
  MemberPointsLiability,
  RfmSegment,
  TierDistribution,
} from './dto/members-analytics.types.js';
import { MembersAnalyticsErrors } from './members-analytics.rules.js';
import { MembersAnalyticsService, type MembersAnalyticsConfig } from './members-analytics.service.js';

/** Hospital-wide membership figures: for the people who run the hospital, never partners or auditors. */
export const MEMBER_FIGURE_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, Role.FINANCE] as const;
/** Finance's figures (成本核算, 积分负债). */
export const MEMBER_FINANCE_READERS = [Role.OPS_DIRECTOR, Role.FINANCE] as const;
/** Customer.stats: every staff role, and partners holding spend:read for their own people only. */
export const CUSTOMER_STATS_READERS = [
  Role.OPS_DIRECTOR,
  Role.DEPT_ADMIN,
  Role.STAFF,
  Role.FINANCE,
  Role.AUDITOR,
  partnerWith(PartnerScope.SPEND_READ),
] as const;
/** KeyAccount.report: the director, the KEY_ACCOUNT department (checked below), and the partner itself (report:read). */
export const KEY_ACCOUNT_REPORT_READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.STAFF, partnerWith(PartnerScope.REPORT_READ)] as const;
export const KEY_ACCOUNT_DEPARTMENTS: readonly string[] = ['KEY_ACCOUNT'];

/** Tests replace the clock and the configuration. */
export const membersAnalyticsConfig: { current: () => MembersAnalyticsConfig } = {
  current: () => ({ timeZone: analyticsEnv().HOSPITAL_TIME_ZONE, pointValueFen: analyticsEnv().POINTS_VALUE_FEN }),
};

const serviceOf = (ctx: AnalyticsContext) => new MembersAnalyticsService(ctx.em, membersAnalyticsConfig.current());

/** One loader per request (kept beside the context, never shared between callers). */
const statsLoaders = new WeakMap<AnalyticsContext, DataLoader<string, CustomerStats | null>>();
function statsLoader(ctx: AnalyticsContext): DataLoader<string, CustomerStats | null> {
  let loader = statsLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const service = serviceOf(ctx);
      const own = partnerScope(ctx.caller)?.toLowerCase();
      const accounts = own !== undefined ? await service.keyAccountsOf(ids) : null;
      const visible = ids.filter((id) => !accounts || accounts.get(id.toLowerCase()) === own);
      const stats = await service.customerStats(visible);
      return ids.map((id) => stats.get(id.toLowerCase()) ?? null);
    });
    statsLoaders.set(ctx, loader);
  }
  return loader;
}

/** Per request and period: the reports of every key account on a page, asked for together. */
const reportLoaders = new WeakMap<AnalyticsContext, LoadersByArguments<string, KeyAccountReport>>();
function loadReport(ctx: AnalyticsContext, keyAccountId: string, period: PeriodInput): Promise<KeyAccountReport> {
  const byPeriod = reportLoaders.get(ctx) ?? new LoadersByArguments<string, KeyAccountReport>();
  reportLoaders.set(ctx, byPeriod);
  return byPeriod.load(keyAccountId, [period.from, period.to], async (ids) => {
    const reports = await serviceOf(ctx).keyAccountReports(ids, period);
    return ids.map((id) => reports.get(id.toLowerCase())!);
  });
}

/**
 * The key-account rule of crm, applied here too (a representation can name any id): the director
 * and KEY_ACCOUNT staff read every account, a partner only its own (another is NOT_FOUND, never
 * FORBIDDEN, so its existence is not confirmed), anyone else FORBIDDEN.
 */
export function assertMayReadKeyAccount(ctx: AnalyticsContext, keyAccountId: string, operation: string): void {
  const caller = ctx.caller;
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return;
  if (caller.kind === 'partner') {
    if (partnerScope(caller)!.toLowerCase() === keyAccountId.toLowerCase()) return;
    ctx.audit.denied(operation, 'KeyAccount', `partner of ${caller.partnerId} asked for key account ${keyAccountId}`, [keyAccountId]);
    throw MembersAnalyticsErrors.keyAccountNotFound(keyAccountId);
  }
  if (caller.kind === 'staff' && KEY_ACCOUNT_DEPARTMENTS.includes(caller.department ?? '')) return;
  ctx.audit.denied(operation, 'KeyAccount', `department ${caller.department ?? 'none'} may not read key-account reports`, [keyAccountId]);
  throw MembersAnalyticsErrors.keyAccountForbidden();
}

@Resolver()
export class MembersAnalyticsResolver {
  @Authorized(MEMBER_FIGURE_READERS)
  @Query(() => [RfmSegment], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      'RFM 会员分群 of the members on asOf (default today). Window: the 365 days ending on asOf; refunded receipts excluded. ' +
      'Recency score 5/4/3/2/1 for a last consumption at most 30/60/90/180 days before, older 1; frequency 5/4/3/2 for at least 12/6/3/2 receipts, else 1; ' +
      'monetary 5/4/3/2 for at least ¥50,000/¥20,000/¥5,000/¥1,000, else 1. A score of 3 or more is high; the eight high/low combinations name the ' +
      'segments (重要价值 = all high … 一般挽留 = all low); members without consumption in the window are NO_CONSUMPTION. Every segment is listed, zeros included.',
  })
  memberRfm(
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<RfmSegment[]> {
    return serviceOf(ctx).rfm(asOf);
  }

  @Authorized(MEMBER_FIGURE_READERS)
  @Query(() => [CohortRow], {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description:
      '会员留存: one row per joining month from fromMonth to toMonth (at most 24); each month after (up to `months`, default 12, and not beyond this month) ' +
      'counts the cohort members who consumed in it (on or after joining, refunded receipts excluded)',
  })
  cohortRetention(
    @Arg('fromMonth', () => YearMonthScalar) fromMonth: string,
    @Arg('toMonth', () => YearMonthScalar) toMonth: string,
    @Arg('months', () => Int, { nullable: true, description: 'months per cohort, 1 to 24 (default 12)' }) months: number | null,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<CohortRow[]> {
    return serviceOf(ctx).cohortRetention(fromMonth, toMonth, months);
  }

  @Authorized(MEMBER_FIGURE_READERS)
  @Query(() => TierDistribution, {
    description: '等级分布: members per tier at the end of asOf (default today); cancelled memberships do not count',
  })
  tierDistribution(
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<TierDistribution> {
    return serviceOf(ctx).tierDistribution(asOf);
  }

  @Authorized(MEMBER_FINANCE_READERS)
  @Query(() => MemberPointsLiability, {
    description:
      '积分负债 from analytics’ own PointsChanged history: outstanding points at the end of asOf (default today) and their value',
  })
  memberPointsLiability(
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<MemberPointsLiability> {
    return serviceOf(ctx).pointsLiability(asOf);
  }

  @Authorized(MEMBER_FINANCE_READERS)
  @Query(() => GiftCost, {
    description: '礼品成本 per period: gifts handed over in it and not cancelled since, at the unit cost when handed over',
  })
  giftCost(@Arg('period', () => PeriodInput) period: PeriodInput, @Ctx() ctx: AnalyticsContext): Promise<GiftCost> {
    return serviceOf(ctx).giftCost(period);
  }
}

@Resolver(() => Customer)
export class CustomerStatsResolver {
  @Authorized(CUSTOMER_STATS_READERS)
  @Personal()
  @FieldResolver(() => CustomerStats, {
    nullable: true,
    description:
      'visits, deals, spend, last visit, points balance… from analytics facts; null for a partner’s request about someone not its own',
  })
  stats(@Root() customer: Customer, @Ctx() ctx: AnalyticsContext): Promise<CustomerStats | null> {
    return statsLoader(ctx).load(String(customer.id));
  }
}

@Resolver(() => KeyAccount)
export class KeyAccountReportResolver {
  @Authorized(KEY_ACCOUNT_REPORT_READERS)
  @FieldResolver(() => KeyAccountReport, {
    description:
      '大客户报告 over a period: visit frequency, spend, disease and project distribution, satisfaction of the account’s people (linked now). ' +
      'The director and the KEY_ACCOUNT department read every account; a partner only its own (another is NOT_FOUND).',
  })
  report(
    @Root() account: KeyAccount,
    @Arg('period', () => PeriodInput, { description: 'the days to report on (hospital calendar), at most 366 days' }) period: PeriodInput,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<KeyAccountReport> {
    assertMayReadKeyAccount(ctx, String(account.id), 'query KeyAccount.report');
    return loadReport(ctx, String(account.id), period);
  }
}

/** Federation: the gateway hands analytics crm's keys; analytics resolves them to the key alone. */
export const membersAnalyticsReferences = {
  Customer: {
    __resolveReference: (reference: { id: string }, ctx: AnalyticsContext, info: GraphQLResolveInfo): Customer => {
      authorizeReference(ctx, info, CUSTOMER_STATS_READERS);
      return { id: String(reference.id) };
    },
  },
  KeyAccount: {
    __resolveReference: (reference: { id: string }, ctx: AnalyticsContext, info: GraphQLResolveInfo): KeyAccount => {
      authorizeReference(ctx, info, KEY_ACCOUNT_REPORT_READERS);
      return { id: String(reference.id) };
    },
  },
};
