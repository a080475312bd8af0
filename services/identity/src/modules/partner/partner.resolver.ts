import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, Role, idempotentCreate } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { ApiKey, ApiKeyConnection } from './api-key.entity.js';
import { PartnerOrganisation, PartnerOrganisationConnection } from './partner-organisation.entity.js';
import { PartnerService } from './partner.service.js';
import { CreateApiKeyInput, CreatePartnerOrganisationInput } from './dto/partner.inputs.js';
import { CreatedApiKey } from './dto/created-api-key.type.js';
import { KeyAccount } from './key-account.stub.js';

/** Managed by the operations director and the key-account department's admin; auditors may read. */
const MANAGERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN];
const READERS = [Role.OPS_DIRECTOR, Role.DEPT_ADMIN, Role.AUDITOR];

@Resolver(() => PartnerOrganisation)
export class PartnerOrganisationResolver {
  /** the key account by name (resolved by crm); null when crm has no such account or the caller may not read it */
  @Authorized(...READERS)
  @FieldResolver(() => KeyAccount, { nullable: true, description: 'the key account of `keyAccountId` (resolved by crm)' })
  keyAccount(@Root() partner: PartnerOrganisation): KeyAccount {
    return { id: partner.keyAccountId };
  }

  @Authorized(...READERS)
  @Query(() => PartnerOrganisationConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'Partner organisations, newest first',
  })
  partnerOrganisations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext): Promise<PartnerOrganisationConnection> {
    return new PartnerService(ctx).listOrganisations(page.first, page.after);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => PartnerOrganisation, {
    description: 'Registers a key account as a partner organisation; CONFLICT when it already is one',
  })
  createPartnerOrganisation(
    @Arg('input', () => CreatePartnerOrganisationInput) input: CreatePartnerOrganisationInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<PartnerOrganisation> {
    return idempotentCreate(
      ctx,
      { operation: 'mutation createPartnerOrganisation', input: input },
      {
        create: (tx) => new PartnerService(tx).createOrganisation(input),
        remember: (created) => ({ id: created.id }),
        replay: ({ id }) => ctx.em.findOneOrFail(PartnerOrganisation, String(id)),
      },
    );
  }

  @Authorized(...MANAGERS)
  @Mutation(() => PartnerOrganisation, { description: 'Deactivates (every key refused at once) or reactivates a partner organisation' })
  setPartnerOrganisationActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: IdentityContext,
  ): Promise<PartnerOrganisation> {
    return new PartnerService(ctx).setOrganisationActive(id, active);
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(...READERS)
  @Query(() => ApiKeyConnection, {
    // nullable: a subgraph that is down nulls only this field, not the whole answer (docs/edge.md, partner contract)
    nullable: true,
    description: 'A partner organisation’s API keys, newest first (never their secrets)',
  })
  apiKeys(
    @Arg('partnerId', () => ID) partnerId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: IdentityContext,
  ): Promise<ApiKeyConnection> {
    return new PartnerService(ctx).listApiKeys(partnerId, page.first, page.after);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CreatedApiKey, { description: 'Makes an API key; its secret is in this answer only' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: IdentityContext): Promise<CreatedApiKey> {
    return new PartnerService(ctx).createApiKey(input);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ApiKey, { description: 'Revokes an API key for good; it is refused from the next request on' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<ApiKey> {
    return new PartnerService(ctx).revokeApiKey(id);
  }

  @Authorized(...READERS)
  @FieldResolver(() => PartnerOrganisation)
  async partner(@Root() apiKey: ApiKey, @Ctx() ctx: IdentityContext): Promise<PartnerOrganisation> {
    const partner = await ctx.loaders.partnerById.load(apiKey.partnerId);
    if (!partner) throw new Error(`API key ${apiKey.id} names missing partner ${apiKey.partnerId}`);
    return partner;
  }
}
