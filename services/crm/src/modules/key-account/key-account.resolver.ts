import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, idempotentCreate, IDEMPOTENCY_KEY_DESCRIPTION } from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer, CustomerConnection } from '../customer/customer.entity.js';
import { KeyAccount, KeyAccountConnection, KeyAccountMeeting, KeyAccountRiskAssessment, KeyAccountScore } from './key-account.entity.js';
import { KeyAccountInput, KeyAccountMeetingInput, KeyAccountRiskInput, KeyAccountScoreInput } from './dto/key-account.inputs.js';
import { KEY_ACCOUNT_READERS, KEY_ACCOUNT_STAFF, OWN_ACCOUNT_READERS } from './key-account.roles.js';
import { KeyAccountService } from './key-account.service.js';
import { analyseKeyAccounts } from './key-account.analysis.js';
import { KeyAccountAnalysis } from './dto/key-account-analysis.type.js';
import DataLoader from 'dataloader';
import { ChildPages } from '@careline/service-kit';
import { childrenLoader, requestLoader } from '../../common/field-loaders.js';

@Resolver(() => KeyAccount)
export class KeyAccountResolver {
  @Authorized(KEY_ACCOUNT_READERS)
  @Query(() => KeyAccount, {
    nullable: true,
    description: 'One key account; a partner organisation may ask only for itself (others are NOT_FOUND)',
  })
  keyAccount(@Arg('id', () => ID, { description: 'the key account’s id' }) id: string, @Ctx() ctx: CrmContext): Promise<KeyAccount> {
    return new KeyAccountService(ctx).get(id);
  }

  @Authorized(OWN_ACCOUNT_READERS)
  @Query(() => KeyAccount, {
    nullable: true,
    description: 'A partner organisation’s own key account (its roster under customers); null when crm has no such account',
  })
  myKeyAccount(@Ctx() ctx: CrmContext): Promise<KeyAccount | null> {
    return new KeyAccountService(ctx).own();
  }

  @Authorized(KEY_ACCOUNT_READERS)
  @Query(() => KeyAccountConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Key accounts, newest first; a partner organisation sees only itself',
  })
  keyAccounts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'a fragment of the account’s name' }) search: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<KeyAccountConnection> {
    return new KeyAccountService(ctx).list({ search, first: page.first, after: page.after });
  }

  @Authorized(KEY_ACCOUNT_READERS)
  @FieldResolver(() => CustomerConnection, { description: 'the account’s people: customers linked to it' })
  customers(@Root() account: KeyAccount, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: CrmContext): Promise<CustomerConnection> {
    // the roster of every account listed in one windowed query; a partner only ever reaches its own account
    return requestLoader(ctx, 'KeyAccount.customers', () => new ChildPages(ctx.em, Customer, 'customer', 'key_account_id')).load(
      account.id,
      page,
    );
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @FieldResolver(() => [KeyAccountScore], { description: 'identification scores, newest first' })
  scores(@Root() account: KeyAccount, @Ctx() ctx: CrmContext): Promise<KeyAccountScore[]> {
    return requestLoader(ctx, 'KeyAccount.scores', () =>
      childrenLoader(ctx.em, KeyAccountScore, 'keyAccountId', { scoredOn: 'desc', id: 'desc' }),
    ).load(account.id);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @FieldResolver(() => [KeyAccountRiskAssessment], { description: 'risk assessments, newest first' })
  riskAssessments(@Root() account: KeyAccount, @Ctx() ctx: CrmContext): Promise<KeyAccountRiskAssessment[]> {
    return requestLoader(ctx, 'KeyAccount.riskAssessments', () =>
      childrenLoader(ctx.em, KeyAccountRiskAssessment, 'keyAccountId', { id: 'desc' }),
    ).load(account.id);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @FieldResolver(() => [KeyAccountMeeting], { description: 'meeting log, newest first' })
  meetings(@Root() account: KeyAccount, @Ctx() ctx: CrmContext): Promise<KeyAccountMeeting[]> {
    return requestLoader(ctx, 'KeyAccount.meetings', () =>
      childrenLoader(ctx.em, KeyAccountMeeting, 'keyAccountId', { heldAt: 'desc', id: 'desc' }),
    ).load(account.id);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @FieldResolver(() => KeyAccountAnalysis, {
    description: 'visit frequency, deals, spend, disease distribution and satisfaction of the account’s people',
  })
  analysis(@Root() account: KeyAccount, @Ctx() ctx: CrmContext): Promise<KeyAccountAnalysis> {
    return requestLoader(
      ctx,
      'KeyAccount.analysis',
      () => new DataLoader((ids: readonly string[]) => analyseKeyAccounts(ctx.em, ids)),
    ).load(account.id);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @Mutation(() => KeyAccount)
  createKeyAccount(
    @Arg('input', () => KeyAccountInput) input: KeyAccountInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: CrmContext,
    @Arg('id', () => ID, {
      nullable: true,
      description:
        'the new account’s id (a UUID) when one was promised first: a partner organisation already registered against it; default a new id. CONFLICT · KEY_ACCOUNT_EXISTS when taken',
    })
    id?: string | null,
  ): Promise<KeyAccount> {
    // the key and the id are arguments beside the input: KeyAccountInput is also updateKeyAccount's
    // a chosen id is part of the request (the same key with another id is another request); without one the hash is as before
    const request = { ...input, idempotencyKey, id: id || undefined };
    return idempotentCreate(
      ctx,
      { operation: 'mutation createKeyAccount', input: request },
      {
        create: (tx) => new KeyAccountService(tx).save(null, input, id),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(KeyAccount, String(id)),
      },
    );
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @Mutation(() => KeyAccount)
  updateKeyAccount(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => KeyAccountInput) input: KeyAccountInput,
    @Ctx() ctx: CrmContext,
  ): Promise<KeyAccount> {
    return new KeyAccountService(ctx).save(id, input);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @Mutation(() => KeyAccountScore, { description: 'Records identification scores with their date; the latest becomes the account’s score' })
  scoreKeyAccount(@Arg('input', () => KeyAccountScoreInput) input: KeyAccountScoreInput, @Ctx() ctx: CrmContext): Promise<KeyAccountScore> {
    return new KeyAccountService(ctx).score(input);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @Mutation(() => KeyAccountRiskAssessment, {
    description: 'Records risk indicators; a worse level raises a warning (KeyAccountRiskRaised)',
  })
  assessKeyAccountRisk(
    @Arg('input', () => KeyAccountRiskInput) input: KeyAccountRiskInput,
    @Ctx() ctx: CrmContext,
  ): Promise<KeyAccountRiskAssessment> {
    return new KeyAccountService(ctx).assessRisk(input);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @Mutation(() => KeyAccountMeeting)
  recordKeyAccountMeeting(
    @Arg('input', () => KeyAccountMeetingInput) input: KeyAccountMeetingInput,
    @Ctx() ctx: CrmContext,
  ): Promise<KeyAccountMeeting> {
    return new KeyAccountService(ctx).recordMeeting(input);
  }

  @Authorized(KEY_ACCOUNT_STAFF)
  @Mutation(() => Customer, { description: 'Adds a customer to the account’s roster (keyAccountId null removes them)' })
  linkCustomerToKeyAccount(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('keyAccountId', () => ID, { nullable: true }) keyAccountId: string | null,
    @Ctx() ctx: CrmContext,
  ): Promise<Customer> {
    return new KeyAccountService(ctx).link(customerId, keyAccountId);
  }
}
