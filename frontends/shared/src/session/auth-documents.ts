import { print } from 'graphql';
import { graphql } from '../gql';

/** The fields of `AuthPayload` a session keeps; one fragment so sign-in and refresh stay in step. */
export const SessionFieldsFragment = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    refreshToken
    expiresAt
    staff {
      id
      name
      username
      role
      departmentCode
      department {
        code
        name
        nameEn
      }
      position
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...SessionFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

/**
 * Sent with plain fetch by the session store, outside the Apollo link chain: a refresh must not wait
 * for the token it is renewing, nor trip the "session expired" handling of ordinary operations.
 */
export const refreshSessionMutation: string = print(RefreshSessionDocument);

/**
 * Sent with plain fetch by the sign-in form (session/log-in.ts): the sign-in page is the portal's first
 * screen and draws before Apollo Client is loaded (docs/frontend-delivery.md).
 */
export const loginMutation: string = print(LoginDocument);

/** Operations that run without (or about) a session: their UNAUTHENTICATED means bad credentials, not expiry. */
export const sessionOperationNames: ReadonlySet<string> = new Set(['Login', 'Logout', 'RefreshSession']);
