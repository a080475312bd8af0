import type { LoginMutation } from '../gql/graphql';
import type { GraphqlRefusal } from '../graphql/read-graphql-error.js';
import { loginMutation } from './auth-documents.js';
import type { Session } from './session.js';

/**
 * Sends `login` with plain fetch, as the session store sends `refreshSession`: the sign-in page is the
 * portal's first screen, and Apollo Client (≈ 75 kB gzipped) loads only after someone has signed in
 * (docs/frontend-delivery.md). A refusal reads like `readGraphqlError`'s answer for an Apollo operation:
 * the first error's code, the server's words and extensions, or no code when the gateway could not be reached.
 */
export async function logIn(
  graphqlUrl: string,
  username: string,
  password: string,
): Promise<{ session: Session } | { failure: GraphqlRefusal }> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName: 'Login', query: loginMutation, variables: { username, password } }),
    });
  } catch (error) {
    return { failure: { code: undefined, serverMessage: error instanceof Error ? error.message : String(error), extensions: {} } };
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Partial<LoginMutation> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  if (body.data?.login) return { session: body.data.login };
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    return { failure: { code: extensions['code'] as string | undefined, serverMessage: first.message, extensions } };
  }
  return { failure: { code: undefined, serverMessage: `${response.status} ${response.statusText}`.trim(), extensions: {} } };
}
