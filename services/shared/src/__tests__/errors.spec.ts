import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createLogger } from '../logger.js';
import { createErrorFormatter, DomainError } from '../errors.js';

const format = createErrorFormatter(createLogger('test', 'silent'), () => 'req-123');
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['customer'] });

describe('the error mapper', () => {
  it('keeps a domain error code, message and details', () => {
    const error = new DomainError('CONFLICT', 'a customer with this phone already exists', { field: 'phone', reason: 'PHONE_TAKEN' });
    const out = format({ message: error.message, path: ['customer'] }, wrap(error));
    expect(out).toMatchObject({ message: error.message, extensions: { code: 'CONFLICT', field: 'phone', reason: 'PHONE_TAKEN' } });
  });

  it('turns anything unexpected into INTERNAL_SERVER_ERROR with the request id and without the original text', () => {
    const error = new Error('insert into "crm"."customer" ("phone") values (13800138000) violates …');
    const out = format({ message: error.message, path: ['createCustomer'], extensions: { stacktrace: ['at x'] } }, wrap(error));
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    expect(JSON.stringify(out)).not.toMatch(/insert|13800138000|stacktrace/);
  });

  it('passes GraphQL validation errors through without a stack', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const out = format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] } }, error);
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
