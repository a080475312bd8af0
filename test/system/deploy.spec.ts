import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys } from '@careline/service-kit';
import { createTestDatabase, type TestDatabase } from '@careline/service-kit/testing';
import { freePort, startNode, waitUntilOk, type NodeProcess } from '../support/processes.js';
import { DEMO_PASSWORD } from '../support/system.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** what `pnpm bundle` writes and each Dockerfile copies: folder name → the entry the image runs */
const BUNDLES = {
  identity: 'dist/main.js',
  members: 'dist/main.js',
  crm: 'dist/main.js',
  analytics: 'dist/main.js',
  gateway: 'dist/main.js',
  portal: 'server.mjs',
} as const;
/** bundled and started here: a subgraph (and identity, for a sign-in), the gateway, the portal */
const STARTED = ['identity', 'crm', 'gateway', 'portal'] as const;

// `pnpm bundle` (scripts/bundle.mjs) and the folders it writes, started as a deployment would start
// them: `node <entry>` in the folder, outside the workspace, with only environment variables.
describe('the deployed folders', () => {
  let out: string;
  let db: TestDatabase;
  const processes: NodeProcess[] = [];
  const ports = { identity: 0, crm: 0, gateway: 0, portal: 0 };

  beforeAll(async () => {
    for (const name of STARTED) {
      const built =
        name === 'portal' ? 'frontends/shell/dist/index.html' : `${name === 'gateway' ? 'gateway' : `services/${name}`}/dist/main.js`;
      expect(existsSync(join(root, built)), `${built} is missing: run \`pnpm build\` first`).toBe(true);
    }
    // outside the workspace, so nothing can resolve a package from the repository's node_modules
    out = mkdtempSync(join(tmpdir(), 'careline-deploy-'));
    execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--only', STARTED.join(','), '--out', out], {
      // the build tool's own environment (pnpm finds its store through HOME); only the started folders get a bare one
      cwd: root,
      stdio: 'pipe',
    });
    db = await createTestDatabase();
    for (const name of Object.keys(ports) as (keyof typeof ports)[]) ports[name] = await freePort();
    const gatewayKeys = generateSigningKeys();
    const common = { NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: db.url };
    // PEMs on one line with \n, as an .env file or a secret store hands them over
    const oneLine = (pem: string) => pem.trim().replace(/\n/g, '\\n');

    const identity = startNode('identity', join(out, 'identity'), [BUNDLES.identity], {
      ...common,
      PORT: String(ports.identity),
      GATEWAY_PUBLIC_KEY: oneLine(gatewayKeys.publicPem),
      IDENTITY_TOKEN_PRIVATE_KEY: oneLine(generateSigningKeys().privatePem),
      BOOTSTRAP_DEMO: 'true',
    });
    const crm = startNode('crm', join(out, 'crm'), [BUNDLES.crm], {
      ...common,
      PORT: String(ports.crm),
      GATEWAY_PUBLIC_KEY: oneLine(gatewayKeys.publicPem),
    });
    processes.push(identity, crm);
    await Promise.all([
      waitUntilOk(`http://127.0.0.1:${ports.identity}/ready`, identity),
      waitUntilOk(`http://127.0.0.1:${ports.crm}/ready`, crm),
    ]);
    const gateway = startNode('gateway', join(out, 'gateway'), [BUNDLES.gateway], {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PORT: String(ports.gateway),
      IDENTITY_URL: `http://127.0.0.1:${ports.identity}/graphql`,
      CRM_URL: `http://127.0.0.1:${ports.crm}/graphql`,
      GATEWAY_PRIVATE_KEY: oneLine(gatewayKeys.privatePem),
      CORS_ORIGINS: `http://127.0.0.1:${ports.portal}`,
    });
    const portal = startNode('portal', join(out, 'portal'), [BUNDLES.portal], {
      HOST: '127.0.0.1',
      PORT: String(ports.portal),
      GRAPHQL_URL: `http://127.0.0.1:${ports.gateway}/graphql`,
    });
    processes.push(gateway, portal);
    await Promise.all([
      waitUntilOk(`http://127.0.0.1:${ports.gateway}/health`, gateway),
      waitUntilOk(`http://127.0.0.1:${ports.portal}/health`, portal),
    ]);
  }, 600_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db?.drop();
    if (out) rmSync(out, { recursive: true, force: true });
  }, 60_000);

  it('holds only built code and production dependencies, with the workspace packages copied in', () => {
    for (const name of STARTED) {
      const folder = join(out, name);
      expect(existsSync(join(folder, BUNDLES[name])), `${name}: ${BUNDLES[name]}`).toBe(true);
      expect(existsSync(join(folder, 'src')), `${name} ships no sources`).toBe(false);
      expect(existsSync(join(folder, 'node_modules/typescript')), `${name} ships no dev dependencies`).toBe(false);
    }
    // a real copy, not a link back into the workspace
    const kit = join(out, 'crm/node_modules/@careline/service-kit');
    expect(existsSync(join(kit, 'dist/index.js'))).toBe(true);
    expect(existsSync(join(kit, 'src'))).toBe(false);
    expect(existsSync(join(out, 'gateway/supergraph.graphql'))).toBe(true);
  });

  it('answers a signed-in query through the deployed gateway from the deployed subgraphs and the migrated database', async () => {
    const post = async (query: string, variables: object, headers: Record<string, string> = {}) => {
      const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    };
    const login = await post('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', {
      u: 'cs.admin',
      p: DEMO_PASSWORD,
    });
    expect(login.errors).toBeUndefined();
    const answer = await post('{ customers { totalCount } }', {}, { authorization: `Bearer ${login.data.login.accessToken}` });
    expect(answer).toEqual({ data: { customers: { totalCount: 0 } } });
  });

  it('serves the portal: the shell, the remotes from the same origin and a runtime config from the environment', async () => {
    const base = `http://127.0.0.1:${ports.portal}`;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
    const config = (await (await fetch(`${base}/runtime-config.json`)).json()) as { graphqlUrl: string; remotes: Record<string, string> };
    expect(config.graphqlUrl).toBe(`http://127.0.0.1:${ports.gateway}/graphql`);
    expect(Object.keys(config.remotes).sort()).toEqual(['admin', 'crm', 'kpi', 'members']);
    for (const entry of Object.values(config.remotes)) {
      expect(entry.startsWith(`${base}/remotes/`)).toBe(true);
      const remote = await fetch(entry);
      expect(remote.status, entry).toBe(200);
      expect(remote.headers.get('content-type')).toContain('javascript');
    }
  });
});

// Images cannot be built on this machine: each Dockerfile is checked against the folders above.
describe('the Dockerfiles and the compose file', () => {
  const compose = readFileSync(join(root, 'deploy/compose.yaml'), 'utf8');

  for (const [name, entry] of Object.entries(BUNDLES)) {
    it(`${name}: builds the bundled folder, runs its entry as a non-root user, with a health check`, () => {
      const file = readFileSync(join(root, `deploy/docker/${name}.Dockerfile`), 'utf8');
      const instructions = file
        .replace(/\\\n/g, ' ')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'));
      const from = instructions.filter((line) => line.startsWith('FROM '));
      expect(from).toEqual(['FROM node:24-slim AS build', 'FROM node:24-slim']);
      expect(instructions.find((line) => line.startsWith('RUN pnpm install'))).toContain(`node scripts/bundle.mjs --only ${name}`);
      expect(instructions).toContain(`COPY --from=build --chown=node:node /src/dist/deploy/${name} /app`);
      const final = instructions.slice(instructions.indexOf('FROM node:24-slim'));
      expect(final).toContain('USER node');
      const port = /PORT=(\d+)/.exec(final.find((line) => line.startsWith('ENV '))!)![1];
      expect(final).toContain(`EXPOSE ${port}`);
      expect(final.find((line) => line.startsWith('HEALTHCHECK'))).toMatch(
        name === 'gateway' || name === 'portal' ? /'\/health'/ : /'\/ready'/,
      );
      expect(final.at(-1)).toBe(`CMD ["node", "${entry}"]`);
      expect(compose).toContain(`dockerfile: deploy/docker/${name}.Dockerfile`);
    });
  }
});
