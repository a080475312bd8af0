/** The portal's partner developer docs: open to everyone, signed in or not (docs/partner-api.md). */
export const PARTNER_DOCS_PATH = '/partner-docs';

export const isPartnerDocsPath = (pathname: string): boolean => pathname.replace(/\/$/, '') === PARTNER_DOCS_PATH;
