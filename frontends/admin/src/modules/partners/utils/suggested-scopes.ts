/**
 * The scopes the partner API checks (docs/partner-api.md; the service kit's PARTNER_SCOPES): a key
 * reads only the fields whose scope it holds. Any other `resource:action` can be typed in, and
 * identity checks the form, but no field asks for it.
 */
export const suggestedScopes = ['account:read', 'membership:read', 'people:read', 'report:read', 'spend:read', 'visits:read'];
