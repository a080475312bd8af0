import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The subgraphs, their committed SDL and default local URL (overridden per deployment by env). */
export const SUBGRAPHS = [
  { name: 'identity', env: 'IDENTITY_URL', defaultUrl: 'http://127.0.0.1:4101/graphql' },
  { name: 'members', env: 'MEMBERS_URL', defaultUrl: 'http://127.0.0.1:4102/graphql' },
  { name: 'crm', env: 'CRM_URL', defaultUrl: 'http://127.0.0.1:4103/graphql' },
  { name: 'analytics', env: 'ANALYTICS_URL', defaultUrl: 'http://127.0.0.1:4104/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const schemaFileOf = (name: SubgraphName) => fileURLToPath(new URL(`../../services/${name}/schema.graphql`, import.meta.url));
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
export const API_SCHEMA_FILE = fileURLToPath(new URL('../api-schema.graphql', import.meta.url));

export async function readSubgraphSdls(): Promise<{ name: SubgraphName; url: string; sdl: string }[]> {
  return Promise.all(SUBGRAPHS.map(async (s) => ({ name: s.name, url: s.defaultUrl, sdl: await readFile(schemaFileOf(s.name), 'utf8') })));
}
