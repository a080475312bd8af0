import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorMessage, translatedErrorReasons } from '../error-messages.js';

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
/** Where refusals are thrown: every subgraph, the service kit and the gateway (tests excluded). */
const roots = [
  'services/identity/src',
  'services/members/src',
  'services/crm/src',
  'services/analytics/src',
  'services/shared/src',
  'gateway/src',
];
/** `reason: '…'` literals that are history records, not errors (members' tier changes). */
const notErrors = new Set(['MERGE', 'EVALUATION']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '__tests__' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `extensions.reason` a service or the gateway can answer with, read from their sources. */
function thrownReasons(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of roots.flatMap((root) => sources(join(repo, root)))) {
    const text = readFileSync(file, 'utf8');
    const add = (reason: string | undefined) => {
      if (reason && !notErrors.has(reason)) found.set(reason, file.slice(repo.length));
    };
    // DomainError / GraphQLError details and extensions
    for (const m of text.matchAll(/reason:\s*'([A-Z][A-Z0-9_]*)'/g)) add(m[1]);
    // badInput(message, field, REASON) and the gateway's unauthenticated(message, REASON): the last literal
    for (const m of text.matchAll(/\b(?:badInput|unauthenticated)\(((?:[^()]|\([^()]*\))*)\)/g))
      add(/'([A-Z][A-Z0-9_]+)'\s*$/.exec(m[1]!)?.[1]);
    // identity's access-token refusals (the gateway passes their code on as the reason)
    for (const m of text.matchAll(/AccessTokenError\('([A-Z][A-Z0-9_]+)'/g)) add(m[1]);
    // a state machine's guard returns its reason
    if (file.endsWith('.machine.ts')) for (const m of text.matchAll(/\breturn '([A-Z][A-Z0-9_]+)';/g)) add(m[1]);
    // the kit's notFound('follow-up rule', id) → FOLLOW_UP_RULE_NOT_FOUND
    for (const m of text.matchAll(/\bnotFound\('([a-z][a-z -]*)'/g)) add(`${m[1]!.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`);
  }
  return found;
}

describe('error messages in the person’s language', () => {
  const reasons = thrownReasons();

  it('reads the reasons from the services (the extraction itself works)', () => {
    for (const known of ['SLOT_TAKEN', 'SCOPE_MISSING', 'PHONE_TAKEN', 'APPROVAL_REQUIRED', 'FOLLOW_UP_RULE_NOT_FOUND', 'QUERY_TOO_COSTLY'])
      expect(reasons.has(known), known).toBe(true);
    expect(reasons.size).toBeGreaterThan(100);
  });

  it('has a zh-CN and an English message for every reason a service throws', () => {
    const missing = [...reasons].filter(([reason]) => !translatedErrorReasons.includes(reason)).map(([r, file]) => `${r} (${file})`);
    expect(missing).toEqual([]);
    for (const reason of reasons.keys()) {
      const zh = errorMessage('CONFLICT', reason, 'zh-CN');
      const en = errorMessage('CONFLICT', reason, 'en');
      expect(zh, reason).toMatch(/[\u4e00-\u9fff]/);
      expect(en, reason).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en, reason).not.toBe(errorMessage('CONFLICT', undefined, 'en'));
    }
  });

  it('names the slot conflict in Chinese, with no server English or raw code', () => {
    const zh = errorMessage('CONFLICT', 'SLOT_TAKEN', 'zh-CN');
    expect(zh).toBe('该医生此时段已有预约，请选择其他时段');
    expect(zh).not.toMatch(/[A-Za-z]/);
  });

  it('falls back to a generic message per code for an unknown reason, never the raw text', () => {
    for (const code of [
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'FORBIDDEN',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
      'INTERNAL_SERVER_ERROR',
    ]) {
      const zh = errorMessage(code, 'SOMETHING_NEW', 'zh-CN');
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, code).not.toMatch(/SOMETHING_NEW|[A-Za-z]/);
    }
    expect(errorMessage('FORBIDDEN', undefined, 'en')).toBe('Your role may not do this');
    // no code at all: the gateway was not reached
    expect(errorMessage(undefined, undefined, 'zh-CN')).toBe('无法连接服务器，请检查网络后重试');
    expect(errorMessage('SOME_FUTURE_CODE', undefined, 'en')).toBe('The operation failed; please try again');
  });
});
