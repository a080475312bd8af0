import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LoginDocument, LogoutDocument, RefreshSessionDocument, refreshSessionMutation, sessionOperationNames } from '../auth-documents.js';

/** the client-facing API schema the documents are generated against (`pnpm compose`) */
const schema = buildSchema(readFileSync(new URL('../../../../../gateway/api-schema.graphql', import.meta.url), 'utf8'));

describe('the session documents', () => {
  it('send the refresh outside Apollo as a whole operation the API accepts, with the fragment it spreads', () => {
    const document = parse(refreshSessionMutation);
    expect(validate(schema, document)).toEqual([]);
    expect(getOperationAST(document, 'RefreshSession')?.operation).toBe('mutation');
  });

  it('list exactly their own operations as those whose UNAUTHENTICATED means bad credentials, not expiry', () => {
    const names = [LoginDocument, LogoutDocument, RefreshSessionDocument].map((document) => getOperationAST(document)?.name?.value);
    expect(new Set(names)).toEqual(sessionOperationNames);
  });
});
