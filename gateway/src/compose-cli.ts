// `pnpm compose`: writes gateway/supergraph.graphql (what the gateway serves) and gateway/api-schema.graphql
// (what clients see; GraphQL Code Generator reads it) from the committed subgraph schemas.
// `pnpm compose --check` fails when either committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { composeSupergraph } from './compose.js';
import { API_SCHEMA_FILE, readSubgraphSdls, SUPERGRAPH_FILE } from './subgraphs.js';

const { supergraph, apiSchema } = composeSupergraph(await readSubgraphSdls());
const outputs = [
  { file: SUPERGRAPH_FILE, text: supergraph },
  { file: API_SCHEMA_FILE, text: apiSchema },
];
if (process.argv.includes('--check')) {
  let stale = false;
  for (const { file, text } of outputs) {
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${file} is stale: run \`pnpm compose\``);
      stale = true;
    }
  }
  if (stale) process.exit(1);
  console.log('supergraph and API schema are up to date');
} else {
  for (const { file, text } of outputs) {
    await writeFile(file, text);
    console.log(`wrote ${file}`);
  }
}
