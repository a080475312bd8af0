import { LockMode } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  DomainError,
  Events,
  pageSize,
  parseCursor,
  partnerScope,
  Role,
  toPage,
  type KeyAccountRiskRaisedData,
  type Page,
  isUuid,
} from '@careline/service-kit';
import type { CrmContext } from '../../context.js';
import { Customer } from '../customer/customer.entity.js';
import { isBirthDate } from '../../common/birth-date.js';
import { hospitalDay } from '../../common/hospital-time.js';
import { CustomerService } from '../customer/customer.service.js';
import { KeyAccount, KeyAccountMeeting, KeyAccountRiskAssessment, KeyAccountScore } from './key-account.entity.js';
import type { KeyAccountInput, KeyAccountMeetingInput, KeyAccountRiskInput, KeyAccountScoreInput } from './dto/key-account.inputs.js';
import { KEY_ACCOUNT_DEPARTMENTS } from './key-account.roles.js';
import { isScore, riskLevel, riskScore, worsened } from './key-account.rules.js';

export const KeyAccountErrors = {
  notFound: (id: string) => new DomainError('NOT_FOUND', `key account ${id} was not found`, { reason: 'KEY_ACCOUNT_NOT_FOUND' }),
  nameRequired: () => new DomainError('BAD_USER_INPUT', 'name must be 1 to 100 characters', { field: 'name', reason: 'NAME_INVALID' }),
  kindRequired: () => new DomainError('BAD_USER_INPUT', 'kind is required', { field: 'kind', reason: 'KIND_REQUIRED' }),
  scoreInvalid: (field: string) =>
    new DomainError('BAD_USER_INPUT', `${field} must be an integer from 0 to 100`, { field, reason: 'SCORE_INVALID' }),
  dateInvalid: () => new DomainError('BAD_USER_INPUT', 'scoredOn must be a date YYYY-MM-DD', { field: 'scoredOn', reason: 'DATE_INVALID' }),
  summaryRequired: () => new DomainError('BAD_USER_INPUT', 'summary is required', { field: 'summary', reason: 'SUMMARY_REQUIRED' }),
  idInvalid: (field: string) => new DomainError('BAD_USER_INPUT', `${field} is not an id`, { field, reason: 'ID_INVALID' }),
  idTaken: (id: string) => new DomainError('CONFLICT', `key account ${id} already exists`, { field: 'id', reason: 'KEY_ACCOUNT_EXISTS' }),
};

/**
 * Who sees which key accounts: key-account staff and the director all of them, a partner
 * organisation only itself (others are NOT_FOUND), everyone else none (FORBIDDEN).
 */
export function keyAccountScope(ctx: CrmContext, operation: string): FilterQuery<KeyAccount> {
  const caller = ctx.caller;
  if (caller.kind === 'partner') {
    const own = partnerScope(caller)!;
    return isUuid(own) ? { id: own.toLowerCase() } : { id: { $in: [] } };
  }
  assertKeyAccountStaff(ctx, operation);
  return {};
}

export function assertKeyAccountStaff(ctx: CrmContext, operation: string): void {
  const caller = ctx.caller;
  if (caller.kind === 'system' || caller.role === Role.OPS_DIRECTOR) return;
  if (caller.kind === 'staff' && (KEY_ACCOUNT_DEPARTMENTS as readonly string[]).includes(caller.department ?? '')) return;
  ctx.audit.denied(operation, 'KeyAccount', `department ${caller.department ?? 'none'} may not work on key accounts`);
  throw new DomainError('FORBIDDEN', 'key accounts are for the key-account department and the director', {
    reason: 'DEPARTMENT_NOT_ALLOWED',
  });
}

const cleanPlan = (plan: KeyAccountInput['servicePlan']) => ({
  visitProcess: plan?.visitProcess?.trim() || null,
  expertTeam: plan?.expertTeam?.trim() || null,
  discountPolicy: plan?.discountPolicy?.trim() || null,
  valueAddedServices: (plan?.valueAddedServices ?? []).map((s) => s.trim()).filter(Boolean),
});

export class KeyAccountService {
  constructor(private readonly ctx: CrmContext) {}

  async get(id: string, operation = 'query keyAccount'): Promise<KeyAccount> {
    const scope = keyAccountScope(this.ctx, operation);
    if (!isUuid(id)) throw KeyAccountErrors.notFound(id);
    const account = await this.ctx.em.findOne(KeyAccount, { $and: [scope, { id: id.toLowerCase() }] });
    if (!account) throw KeyAccountErrors.notFound(id);
    return account;
  }

  /** The partner caller's own key account. */
  async own(): Promise<KeyAccount | null> {
    const scope = keyAccountScope(this.ctx, 'query myKeyAccount');
    if (this.ctx.caller.kind !== 'partner') return null;
    return this.ctx.em.findOne(KeyAccount, scope);
  }

  async list(query: { search?: string | null; first?: number; after?: string | null }): Promise<Page<KeyAccount>> {
    const scope = keyAccountScope(this.ctx, 'query keyAccounts');
    const size = pageSize(query.first);
    const after = parseCursor(query.after);
    const filters: FilterQuery<KeyAccount>[] = [scope];
    if (query.search?.trim()) filters.push({ name: { $ilike: `%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
    const [rows, total] = await Promise.all([
      this.ctx.em.find(
        KeyAccount,
        { $and: after ? [...filters, { id: { $lt: after } }] : filters },
        { orderBy: { id: 'desc' }, limit: size + 1 },
      ),
      this.ctx.em.count(KeyAccount, { $and: filters }),
    ]);
    return toPage(rows, size, total);
  }

  /**
   * Creates (id null) or updates the account. `chosenId` creates it under an id promised elsewhere:
   * a partner organisation identity registered first points at it (the demo partner's account).
   */
  async save(id: string | null, input: KeyAccountInput, chosenId?: string | null): Promise<KeyAccount> {
    const operation = id ? 'mutation updateKeyAccount' : 'mutation createKeyAccount';
    assertKeyAccountStaff(this.ctx, operation);
    const wanted = id ? null : chosenId?.trim() || null;
    if (wanted && !isUuid(wanted)) throw KeyAccountErrors.idInvalid('id');
    return this.ctx.em.transactional(async (em) => {
      if (wanted && (await em.count(KeyAccount, { id: wanted.toLowerCase() }))) throw KeyAccountErrors.idTaken(wanted);
      const account = id
        ? await em.findOne(KeyAccount, { id: isUuid(id) ? id.toLowerCase() : '00000000-0000-0000-0000-000000000000' })
        : new KeyAccount();
      if (!account) throw KeyAccountErrors.notFound(id!);
      if (wanted) account.id = wanted.toLowerCase();
      if (input.name != null || !id) {
        const name = input.name?.trim() ?? '';
        if (name.length < 1 || name.length > 100) throw KeyAccountErrors.nameRequired();
        account.name = name;
      }
      if (input.kind != null) account.kind = input.kind;
      else if (!id) throw KeyAccountErrors.kindRequired();
      if (input.accountManagerId !== undefined) {
        const manager = input.accountManagerId?.trim() || null;
        if (manager && !isUuid(manager)) throw KeyAccountErrors.idInvalid('accountManagerId');
        account.accountManagerId = manager?.toLowerCase() ?? null;
      }
      if (input.servicePlan != null) account.servicePlan = cleanPlan(input.servicePlan);
      if (input.contacts != null) {
        account.contacts = input.contacts
          .filter((c) => c.name.trim())
          .map((c) => ({ name: c.name.trim(), title: c.title?.trim() || null, phone: c.phone?.trim() || null }));
      }
      em.persist(account);
      await em.flush();
      await this.ctx.audit.change(em, {
        operation,
        targetType: 'KeyAccount',
        targetIds: [account.id],
        fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined),
      });
      return account;
    });
  }

  async score(input: KeyAccountScoreInput): Promise<KeyAccountScore> {
    assertKeyAccountStaff(this.ctx, 'mutation scoreKeyAccount');
    for (const field of ['demandVolume', 'spendingPower', 'influence', 'cooperationPotential'] as const) {
      if (!isScore(input[field])) throw KeyAccountErrors.scoreInvalid(field);
    }
    const scoredOn = input.scoredOn?.trim() || hospitalDay(new Date());
    if (!isBirthDate(scoredOn)) throw KeyAccountErrors.dateInvalid();
    return this.ctx.em.transactional(async (em) => {
      const account = await this.lock(em, input.keyAccountId);
      const total = Math.round((input.demandVolume + input.spendingPower + input.influence + input.cooperationPotential) / 4);
      const score = Object.assign(new KeyAccountScore(), {
        keyAccountId: account.id,
        demandVolume: input.demandVolume,
        spendingPower: input.spendingPower,
        influence: input.influence,
        cooperationPotential: input.cooperationPotential,
        total,
        scoredOn,
        scoredBy: this.ctx.caller.id ?? null,
      });
      em.persist(score);
      const latest = await em.findOne(KeyAccountScore, { keyAccountId: account.id }, { orderBy: { scoredOn: 'desc', id: 'desc' } });
      if (!latest || latest.scoredOn <= scoredOn) account.score = total;
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation scoreKeyAccount',
        targetType: 'KeyAccount',
        targetIds: [account.id],
        fields: ['score'],
      });
      return score;
    });
  }

  /** Records an assessment; when the level worsens a risk warning (KeyAccountRiskRaised) is published. */
  async assessRisk(input: KeyAccountRiskInput): Promise<KeyAccountRiskAssessment> {
    assertKeyAccountStaff(this.ctx, 'mutation assessKeyAccountRisk');
    for (const field of ['financialStatus', 'operatingStability', 'cooperationHistory'] as const) {
      if (!isScore(input[field])) throw KeyAccountErrors.scoreInvalid(field);
    }
    return this.ctx.em.transactional(async (em) => {
      const account = await this.lock(em, input.keyAccountId);
      const score = riskScore(input);
      const level = riskLevel(score);
      const previousLevel = account.riskLevel;
      const warningRaised = worsened(previousLevel, level);
      const assessment = Object.assign(new KeyAccountRiskAssessment(), {
        keyAccountId: account.id,
        financialStatus: input.financialStatus,
        operatingStability: input.operatingStability,
        cooperationHistory: input.cooperationHistory,
        score,
        level,
        previousLevel,
        warningRaised,
        note: input.note?.trim() || null,
        assessedBy: this.ctx.caller.id ?? null,
      });
      em.persist(assessment);
      account.riskScore = score;
      account.riskLevel = level;
      await em.flush();
      if (warningRaised) {
        await this.ctx.bus.publish<KeyAccountRiskRaisedData>(em, Events.KeyAccountRiskRaised, {
          keyAccountId: account.id,
          previousLevel,
          level,
          score,
          assessedAt: assessment.assessedAt.toISOString(),
          accountManagerId: account.accountManagerId,
        });
      }
      await this.ctx.audit.change(em, {
        operation: 'mutation assessKeyAccountRisk',
        targetType: 'KeyAccount',
        targetIds: [account.id],
        fields: ['riskScore', 'riskLevel'],
      });
      return assessment;
    });
  }

  async recordMeeting(input: KeyAccountMeetingInput): Promise<KeyAccountMeeting> {
    assertKeyAccountStaff(this.ctx, 'mutation recordKeyAccountMeeting');
    const summary = input.summary.trim();
    if (!summary) throw KeyAccountErrors.summaryRequired();
    return this.ctx.em.transactional(async (em) => {
      const account = await this.lock(em, input.keyAccountId);
      const meeting = Object.assign(new KeyAccountMeeting(), {
        keyAccountId: account.id,
        kind: input.kind,
        heldAt: input.heldAt,
        attendees: input.attendees?.trim() || null,
        summary,
        recordedBy: this.ctx.caller.id ?? null,
      });
      em.persist(meeting);
      await em.flush();
      await this.ctx.audit.change(em, {
        operation: 'mutation recordKeyAccountMeeting',
        targetType: 'KeyAccount',
        targetIds: [account.id],
        fields: ['meetings'],
      });
      return meeting;
    });
  }

  /** Links a customer to the account's roster (or unlinks with null). */
  async link(customerId: string, keyAccountId: string | null): Promise<Customer> {
    assertKeyAccountStaff(this.ctx, 'mutation linkCustomerToKeyAccount');
    return this.ctx.em.transactional(async (em) => {
      if (keyAccountId) await this.lock(em, keyAccountId);
      const customer = isUuid(customerId) ? await em.findOne(Customer, { id: customerId.toLowerCase() }) : null;
      if (!customer) throw new DomainError('NOT_FOUND', `customer ${customerId} was not found`, { reason: 'CUSTOMER_NOT_FOUND' });
      const previous = customer.keyAccountId;
      customer.keyAccountId = keyAccountId?.toLowerCase() ?? null;
      customer.updatedAt = new Date();
      await em.flush();
      if (previous !== customer.keyAccountId) await CustomerService.publishKeyAccountChanged(this.ctx.bus, em, customer, previous);
      await this.ctx.audit.change(em, {
        operation: 'mutation linkCustomerToKeyAccount',
        targetType: 'Customer',
        targetIds: [customer.id],
        fields: ['keyAccountId'],
        customerIds: [customer.id],
      });
      return customer;
    });
  }

  private async lock(em: CrmContext['em'], id: string): Promise<KeyAccount> {
    const account = isUuid(id) ? await em.findOne(KeyAccount, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!account) throw KeyAccountErrors.notFound(id);
    return account;
  }
}
