import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { isUuid, pageSize, parseCursor, toPage, type Page } from '@careline/service-kit';
import type { IdentityContext } from '../../context.js';
import { randomSecret, sha256 } from '../auth/secrets.js';
import { announceRevocation, sql } from '../auth/sessions.js';
import { ApiKey } from './api-key.entity.js';
import { PartnerOrganisation } from './partner-organisation.entity.js';
import { PartnerErrors } from './partner.exception.js';
import { assertManagesPartners, normaliseScopes } from './partner.rules.js';
import type { CreateApiKeyInput, CreatePartnerOrganisationInput } from './dto/partner.inputs.js';

export const API_KEY_PREFIX = 'clk_';
/** characters of the secret kept in clear, so people can tell their keys apart */
const DISPLAY_PREFIX_LENGTH = 8;

/** `clk_` + 32 random bytes (base64url): what a partner sends as X-Api-Key. */
export const newApiKeySecret = (): string => `${API_KEY_PREFIX}${randomSecret()}`;

export class PartnerService {
  constructor(private readonly ctx: IdentityContext) {}

  async createOrganisation(input: CreatePartnerOrganisationInput): Promise<PartnerOrganisation> {
    const operation = 'mutation createPartnerOrganisation';
    assertManagesPartners(this.ctx, operation);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw PartnerErrors.nameInvalid();
    const keyAccountId = input.keyAccountId.trim().toLowerCase();
    if (!isUuid(keyAccountId)) throw PartnerErrors.keyAccountInvalid();
    if (await this.ctx.em.count(PartnerOrganisation, { keyAccountId })) throw PartnerErrors.keyAccountTaken(keyAccountId);
    try {
      return await this.ctx.em.transactional(async (em) => {
        const partner = em.create(PartnerOrganisation, { name, keyAccountId });
        await em.flush();
        await this.ctx.audit.change(em, {
          operation,
          targetType: 'PartnerOrganisation',
          targetIds: [partner.id],
          fields: ['name', 'keyAccountId'],
        });
        return partner;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw PartnerErrors.keyAccountTaken(keyAccountId);
      throw error;
    }
  }

  /** Deactivating refuses every key of the organisation at once (without revoking them). */
  async setOrganisationActive(id: string, active: boolean): Promise<PartnerOrganisation> {
    const operation = 'mutation setPartnerOrganisationActive';
    assertManagesPartners(this.ctx, operation);
    const partner = await this.organisation(id);
    if (partner.active === active) return partner;
    await this.ctx.em.transactional(async (em) => {
      await sql(em, `update "identity"."partner_organisation" set active = ? where id = ?`, [active, partner.id]);
      await this.ctx.audit.change(em, { operation, targetType: 'PartnerOrganisation', targetIds: [partner.id], fields: ['active'] });
    });
    partner.active = active;
    return partner;
  }

  async listOrganisations(first: number | undefined, afterCursor: string | null | undefined): Promise<Page<PartnerOrganisation>> {
    assertManagesPartners(this.ctx, 'query partnerOrganisations');
    const size = pageSize(first);
    const after = parseCursor(afterCursor);
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(PartnerOrganisation, after ? { id: { $lt: after } } : {}, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(PartnerOrganisation, {}),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** Makes a key; the secret is returned this once and only its sha256 and first 8 characters are kept. */
  async createApiKey(input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const operation = 'mutation createApiKey';
    assertManagesPartners(this.ctx, operation);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw PartnerErrors.keyNameInvalid();
    const scopes = normaliseScopes(input.scopes);
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && !(expiresAt.getTime() > Date.now())) throw PartnerErrors.expiryInPast();
    const partner = await this.organisation(input.partnerId);
    if (!partner.active) throw PartnerErrors.partnerInactive();
    const secret = newApiKeySecret();
    const apiKey = await this.ctx.em.transactional(async (em) => {
      const created = em.create(ApiKey, {
        partnerId: partner.id,
        name,
        prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        secretHash: sha256(secret),
        scopes,
        expiresAt,
        createdBy: this.ctx.caller.id ?? null,
      });
      await em.flush();
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'ApiKey',
        targetIds: [created.id],
        fields: ['name', 'scopes', 'expiresAt', 'partnerId'],
      });
      return created;
    });
    return { apiKey, secret };
  }

  async listApiKeys(partnerId: string, first: number | undefined, afterCursor: string | null | undefined): Promise<Page<ApiKey>> {
    assertManagesPartners(this.ctx, 'query apiKeys');
    const size = pageSize(first);
    const after = parseCursor(afterCursor);
    const partner = await this.organisation(partnerId);
    const where = { partnerId: partner.id };
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(ApiKey, after ? { ...where, id: { $lt: after } } : where, { orderBy: { id: 'desc' }, limit: size + 1 }),
      this.ctx.em.count(ApiKey, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** Revoking is final and takes effect on the next request; revoking twice changes nothing. */
  async revokeApiKey(id: string): Promise<ApiKey> {
    const operation = 'mutation revokeApiKey';
    assertManagesPartners(this.ctx, operation);
    const apiKey = isUuid(id) ? await this.ctx.em.findOne(ApiKey, { id: id.toLowerCase() }) : null;
    if (!apiKey) throw PartnerErrors.keyNotFound(id);
    if (apiKey.revokedAt) return apiKey;
    await this.ctx.em.transactional(async (em) => {
      const [row] = await sql<{ revoked_at: Date }>(
        em,
        `update "identity"."api_key" set revoked_at = coalesce(revoked_at, now()) where id = ? returning revoked_at`,
        [apiKey.id],
      );
      apiKey.revokedAt = new Date(row!.revoked_at);
      await announceRevocation(em, { apiKeyId: apiKey.id });
      await this.ctx.audit.change(em, { operation, targetType: 'ApiKey', targetIds: [apiKey.id], fields: ['revokedAt'] });
    });
    return apiKey;
  }

  private async organisation(id: string): Promise<PartnerOrganisation> {
    const partner = await this.ctx.loaders.partnerById.load(id);
    if (!partner) throw PartnerErrors.notFound(id);
    return partner;
  }
}
