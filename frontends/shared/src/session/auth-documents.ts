import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Session } from './session.js';

// Hand-written until GraphQL Code Generator (client preset) runs against the composed supergraph.

/** The fields of `AuthPayload` a session keeps; one fragment so sign-in and refresh stay in step. */
const authPayloadFields = `
  accessToken
  refreshToken
  expiresAt
  staff {
    id
    name
    username
    role
    departmentCode
    department { code name nameEn }
    position
  }
`;

export const LoginDocument: TypedDocumentNode<{ login: Session }, { username: string; password: string }> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { ${authPayloadFields} }
  }
`;

export const LogoutDocument: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

/**
 * Sent with plain fetch by the session store, outside the Apollo link chain: a refresh must not wait
 * for the token it is renewing, nor trip the "session expired" handling of ordinary operations.
 */
export const refreshSessionMutation = `
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { ${authPayloadFields} }
  }
`;

/** Operations that run without (or about) a session: their UNAUTHENTICATED means bad credentials, not expiry. */
export const sessionOperationNames: ReadonlySet<string> = new Set(['Login', 'Logout', 'RefreshSession']);
