// `pnpm compose`: writes gateway/supergraph.graphql from the committed subgraph schemas.
// `pnpm compose --check` fails when the committed supergraph is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { composeSupergraph } from './compose.js';
import { readSubgraphSdls, SUPERGRAPH_FILE } from './subgraphs.js';

const supergraph = composeSupergraph(await readSubgraphSdls());
if (process.argv.includes('--check')) {
  const committed = await readFile(SUPERGRAPH_FILE, 'utf8').catch(() => '');
  if (committed !== supergraph) {
    console.error('gateway/supergraph.graphql is stale: run `pnpm compose`');
    process.exit(1);
  }
  console.log('supergraph is up to date');
} else {
  await writeFile(SUPERGRAPH_FILE, supergraph);
  console.log(`wrote ${SUPERGRAPH_FILE}`);
}
