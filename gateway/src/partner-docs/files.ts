import { fileURLToPath } from 'node:url';

/** The generated partner docs (`pnpm compose`), committed; the gateway serves the page and the SDL at /partners. */
export const PARTNER_DOCS_HTML_FILE = fileURLToPath(new URL('../../partner-docs/index.html', import.meta.url));
export const PARTNER_SCHEMA_FILE = fileURLToPath(new URL('../../partner-docs/schema.graphql', import.meta.url));
/** the same docs as data, for the portal's page (frontends/shell), which draws them and runs its explorer on `sdl` */
export const PARTNER_DOCS_JSON_FILE = fileURLToPath(
  new URL('../../../frontends/shell/src/partner-docs/partner-docs.json', import.meta.url),
);
export const partnerAccessFileOf = (service: string) =>
  fileURLToPath(new URL(`../../../services/${service}/partner-access.json`, import.meta.url));
