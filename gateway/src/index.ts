export * from './gateway.js';
export * from './compose.js';
export * from './subgraphs.js';
export type { RateLimits } from './security/rate-limit.js';
export type { AuthCacheSettings } from './security/authenticate.js';
export { partnerView, type PartnerAccess } from './partner-docs/partner-schema.js';
export { partnerDocs } from './partner-docs/docs.js';
export { PARTNER_DOCS_HTML_FILE, PARTNER_SCHEMA_FILE, PARTNER_DOCS_JSON_FILE, partnerAccessFileOf } from './partner-docs/files.js';
