// `pnpm compose`: writes gateway/supergraph.graphql (what the gateway serves) and gateway/api-schema.graphql
// (what clients see; GraphQL Code Generator reads it) from the committed subgraph schemas, and the partner
// docs generated from them (gateway/partner-docs/, and their data for the portal's page: docs/partner-api.md).
// `pnpm compose --check` fails when any committed file is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildSchema } from 'graphql';
import { composeSupergraph } from './compose.js';
import { API_SCHEMA_FILE, readSubgraphSdls, SUBGRAPHS, SUPERGRAPH_FILE } from './subgraphs.js';
import { partnerDocs } from './partner-docs/docs.js';
import { renderPartnerDocsHtml } from './partner-docs/render-html.js';
import { PARTNER_DOCS_HTML_FILE, PARTNER_DOCS_JSON_FILE, PARTNER_SCHEMA_FILE, partnerAccessFileOf } from './partner-docs/files.js';
import type { PartnerAccess } from './partner-docs/partner-schema.js';

const { supergraph, apiSchema } = composeSupergraph(await readSubgraphSdls());
const access = await Promise.all(
  SUBGRAPHS.map(async (s) => JSON.parse(await readFile(partnerAccessFileOf(s.name), 'utf8')) as PartnerAccess),
);
const { missingDescriptions, ...docs } = partnerDocs(buildSchema(apiSchema), access);
if (missingDescriptions.length)
  console.warn(`partner-reachable without a description (test/system/partner-docs.spec.ts fails): ${missingDescriptions.join(', ')}`);
const outputs = [
  { file: SUPERGRAPH_FILE, text: supergraph },
  { file: API_SCHEMA_FILE, text: apiSchema },
  { file: PARTNER_SCHEMA_FILE, text: docs.sdl },
  { file: PARTNER_DOCS_HTML_FILE, text: renderPartnerDocsHtml(docs) },
  { file: PARTNER_DOCS_JSON_FILE, text: `${JSON.stringify(docs, null, 2)}\n` },
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
  console.log('supergraph, API schema and partner docs are up to date');
} else {
  for (const { file, text } of outputs) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`wrote ${file}`);
  }
}
