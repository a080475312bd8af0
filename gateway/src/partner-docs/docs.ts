import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { DEFAULT_RATE_LIMITS } from '../security/rate-limit.js';
import {
  curlOf,
  ERROR_CODES,
  EXAMPLES,
  JS_CLIENT,
  SCOPE_TEXT,
  SECTIONS,
  type Bilingual,
  type DocSection,
  type ErrorCode,
} from './content.js';
import { partnerView, type PartnerAccess, type PartnerField, type PartnerType } from './partner-schema.js';

/** Everything the partner docs show: the static page (render-html.ts) and the portal's page both draw it. */
export interface PartnerDocs {
  /** requests a minute per key by default (RATE_LIMIT_PER_API_KEY); the gateway's page shows the configured one */
  rateLimitPerMinute: number;
  sections: DocSection[];
  scopes: { scope: string; text: Bilingual; opens: string[] }[];
  errors: ErrorCode[];
  examples: { id: string; title: Bilingual; query: string; variables: Record<string, unknown>; curl: string }[];
  jsClient: string;
  queries: PartnerField[];
  types: PartnerType[];
  /** the schema a partner's key can reach (also served as /partners/schema.graphql; the portal's explorer uses it instead of introspection) */
  sdl: string;
}

/** The docs from the API schema and the subgraphs' partner-access files; throws when an example does not fit the partner schema. */
export function partnerDocs(api: GraphQLSchema, accessFiles: PartnerAccess[]): PartnerDocs & { missingDescriptions: string[] } {
  const view = partnerView(api, accessFiles);
  const partnerSchema = buildSchema(view.sdl);
  for (const example of EXAMPLES) {
    const errors = validate(partnerSchema, parse(example.query));
    if (errors.length)
      throw new Error(`partner docs: example ${example.id} does not fit the partner schema: ${errors.map((e) => e.message).join('; ')}`);
  }
  const errors = validate(partnerSchema, parse(/* the client's queries */ JS_CLIENT.match(/`(query People[\s\S]*?)`/)![1]!));
  if (errors.length) throw new Error(`partner docs: the JS client's query does not fit: ${errors.map((e) => e.message).join('; ')}`);

  const opened = new Map<string, string[]>();
  const open = (scope: string, what: string) => opened.set(scope, [...(opened.get(scope) ?? []), what]);
  for (const q of view.queries) for (const s of q.scopes) open(s, q.name);
  for (const t of view.types) for (const f of t.fields) for (const s of f.scopes) open(s, `${t.name}.${f.name}`);
  const scopes = [...opened.keys()].sort().map((scope) => {
    const text = SCOPE_TEXT[scope];
    if (!text) throw new Error(`partner docs: say what scope ${scope} opens in gateway/src/partner-docs/content.ts (SCOPE_TEXT)`);
    return { scope, text, opens: opened.get(scope)! };
  });
  return {
    rateLimitPerMinute: DEFAULT_RATE_LIMITS.perApiKey,
    sections: SECTIONS,
    scopes,
    errors: ERROR_CODES,
    examples: EXAMPLES.map((e) => ({ ...e, curl: curlOf(e) })),
    jsClient: JS_CLIENT,
    queries: view.queries,
    types: view.types,
    sdl: view.sdl,
    missingDescriptions: view.missingDescriptions,
  };
}
