/**
 * Scopes partners are usually given (those of the demo partner); any other `resource:action` can be
 * typed in, and identity checks the form.
 */
export const suggestedScopes = ['membership:read', 'people:read', 'satisfaction:read', 'spend:read', 'visits:read'];
