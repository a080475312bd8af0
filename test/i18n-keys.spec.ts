import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every literal key a remote's screens ask their namespace for (`t('picker.customer')` in a file that
 * calls `useTranslation('crm')`) has a string in zh-CN and in English, so no raw key ever shows.
 * Keys built at run time (template literals) are not seen here.
 */
const frontends = fileURLToPath(new URL('../frontends/', import.meta.url));
const remotes = ['crm', 'members', 'kpi', 'admin'] as const;

type Resources = Record<string, Record<'zh-CN' | 'en', unknown>>;

/**
 * A remote's strings (`frontends/crm/src/i18n/crm-resources.ts` exports `crmResources`), loaded by
 * path: the test's tsconfig does not compile the front ends' JSX, which a static import would reach.
 */
async function resourcesOf(namespace: string): Promise<Resources> {
  const file = path.join(frontends, namespace, 'src', 'i18n', `${namespace}-resources.ts`);
  const exports = (await import(file)) as Record<string, Resources>;
  return exports[`${namespace}Resources`]!;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'gql' || name === 'i18n' ? [] : sources(file);
    return file.endsWith('.tsx') || file.endsWith('.ts') ? [file] : [];
  });
}

function lookup(bundle: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), bundle);
}

describe('i18n keys of the remotes', () => {
  for (const namespace of remotes) {
    it(`every literal key the ${namespace} screens use has a zh-CN and an English string`, async () => {
      const resources = await resourcesOf(namespace);
      const missing: string[] = [];
      let seen = 0;
      for (const file of sources(path.join(frontends, namespace, 'src'))) {
        const text = readFileSync(file, 'utf8');
        if (!text.includes(`useTranslation('${namespace}')`)) continue;
        for (const match of text.matchAll(/\bt\('([A-Za-z][\w.-]*)'(\)|, \{[^}]*\})/g)) {
          const [, key, options] = match as unknown as [string, string, string];
          // another namespace's key (`{ ns: 'common' }`) is that namespace's business
          if (options.includes('ns:')) continue;
          seen += 1;
          for (const language of ['zh-CN', 'en'] as const) {
            const bundle = resources[namespace]![language];
            // a plural has only its forms (`inDays_one`, `inDays_other`); `returnObjects` reads a list
            const value = lookup(bundle, key) ?? lookup(bundle, `${key}_other`);
            if (typeof value !== 'string' && !Array.isArray(value)) missing.push(`${language} ${key} (${path.relative(frontends, file)})`);
          }
        }
      }
      expect(seen).toBeGreaterThan(20);
      expect(missing).toEqual([]);
    });
  }
});
