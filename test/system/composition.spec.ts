import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildServiceSchema, printFederatedSchema } from '@careline/service-kit';
import { API_SCHEMA_FILE, composeSupergraph, readSubgraphSdls, schemaFileOf, SUBGRAPHS, SUPERGRAPH_FILE } from '@careline/gateway';
import { DEFINITIONS } from '../support/system.js';

describe('supergraph composition', () => {
  it.each(SUBGRAPHS.map((s) => s.name))('the committed schema.graphql of %s is what its code prints', async (name) => {
    const printed = await printFederatedSchema(await buildServiceSchema(DEFINITIONS[name]));
    expect(await readFile(schemaFileOf(name), 'utf8'), `run \`pnpm schemas\` to refresh services/${name}/schema.graphql`).toBe(printed);
  });

  it('composes from the committed subgraph schemas into exactly the committed supergraph and API schema', async () => {
    const composed = composeSupergraph(await readSubgraphSdls());
    expect(await readFile(SUPERGRAPH_FILE, 'utf8'), 'run `pnpm compose` to refresh gateway/supergraph.graphql').toBe(composed.supergraph);
    expect(await readFile(API_SCHEMA_FILE, 'utf8'), 'run `pnpm compose` to refresh gateway/api-schema.graphql').toBe(composed.apiSchema);
  });

  it('gives clients an API schema without the federation plumbing', () => {
    const { apiSchema } = composeSupergraph([
      {
        name: 'a',
        url: 'http://a',
        sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@inaccessible"]) type Query { hello: String @inaccessible, world: String }',
      },
    ]);
    expect(apiSchema).toContain('world: String');
    expect(apiSchema).not.toMatch(/join__|link__|hello/);
  });

  it('reports composition errors instead of writing a broken supergraph', async () => {
    const sdls = await readSubgraphSdls();
    const broken = sdls.map((s) =>
      s.name === 'analytics' ? { ...s, sdl: `${s.sdl}\ntype Customer @key(fields: "id") { id: ID! name: Int }\n` } : s,
    );
    expect(() => composeSupergraph(broken)).toThrow(/does not compose/);
  });
});
