import type { GraphqlRefusal } from '../graphql/read-graphql-error.js';
import { refreshSessionMutation } from './auth-documents.js';
import { logIn } from './log-in.js';
import type { RefreshSessionMutation } from '../gql/graphql';
import type { Session } from './session.js';
import { sessionStorageKey } from './session-storage-key.js';

/** Why there is no session any more, for the sign-in page to say; null after a sign-out the user asked for. */
export type SessionNotice = 'expired' | null;

export interface SessionState {
  session: Session | null;
  notice: SessionNotice;
}

interface StoredSession extends Session {
  /** when this browser received the access token (ms): its lifetime decides how early to refresh */
  receivedAt: number;
}

/** at most this long before expiry the token is renewed (less when tokens live only a few minutes) */
const maxRefreshLeadMs = 60_000;
/** after a network failure, try again this much later while the token is still good */
const retryAfterNetworkFailureMs = 15_000;
/** the longest a sign-in waits for what the page prepares (see `prepareSignInWith`) before showing the signed-in screens anyway */
const maxPreparationMs = 8_000;
/** refusals that say "not now" rather than "no": retried like a network failure */
const transientCodes = new Set(['RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE']);

/**
 * The tab's sign-in: kept in sessionStorage, renewed with `refreshSession` shortly before the access
 * token expires (on a timer, and before any request made too close to expiry), and ended when the
 * server says the session is over. One instance per page, made by the shell (or a standalone remote)
 * and handed to everything else through SessionProvider.
 */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<Session | null> | undefined;
  private receivedAt = 0;
  private prepare: ((session: Session) => Promise<unknown>) | undefined;

  constructor(
    private readonly graphqlUrl: string,
    private readonly storage: Storage | undefined = globalThis.sessionStorage,
  ) {
    const stored = this.read();
    this.state = { session: stored, notice: null };
    if (stored) this.schedule();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  /**
   * Signs in with a username and password (`login`, sent with plain fetch: see log-in.ts); resolves to
   * null once signed in, or to the server's refusal for the sign-in form to show.
   */
  async logIn(username: string, password: string): Promise<GraphqlRefusal | null> {
    const outcome = await logIn(this.graphqlUrl, username, password);
    if ('failure' in outcome) return outcome.failure;
    await this.prepared(outcome.session);
    this.signIn(outcome.session);
    return null;
  }

  /**
   * What the page makes ready before a sign-in (`logIn`) takes effect, such as the code of the
   * signed-in screens: the sign-in form keeps its spinner meanwhile, and the screens then draw at
   * once instead of behind loading fallbacks (React keeps a fallback on screen for at least 300 ms
   * once shown). A failure is left to the screens to report, and after `maxPreparationMs` the
   * session starts anyway.
   */
  prepareSignInWith(prepare: (session: Session) => Promise<unknown>): void {
    this.prepare = prepare;
  }

  private async prepared(session: Session): Promise<void> {
    if (!this.prepare) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxPreparationMs)));
    await Promise.race([this.prepare(session).catch(() => undefined), timeout]);
    clearTimeout(timer);
  }

  /** Starts a session from `login`'s answer. */
  signIn(session: Session): void {
    this.receivedAt = Date.now();
    this.set({ session, notice: null });
  }

  /** Ends the session because the user asked to (the caller has already told the server). */
  signOut(): void {
    this.set({ session: null, notice: null });
  }

  /** Ends the session because the server no longer accepts it: the sign-in page says so. */
  expire(): void {
    if (!this.state.session) return;
    this.set({ session: null, notice: 'expired' });
  }

  /** The access token to send, renewed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const session = this.state.session;
    if (!session) return null;
    if (Date.now() < Date.parse(session.expiresAt) - this.leadMs(session)) return session.accessToken;
    return (await this.refresh())?.accessToken ?? null;
  }

  /** Exchanges the refresh token for a new pair; one exchange at a time (the server spends each token once). */
  refresh(): Promise<Session | null> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async exchange(): Promise<Session | null> {
    const current = this.state.session;
    if (!current) return null;
    let response: Response;
    try {
      response = await fetch(this.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({
          operationName: 'RefreshSession',
          query: refreshSessionMutation,
          variables: { refreshToken: current.refreshToken },
        }),
      });
    } catch {
      // the gateway is unreachable: keep the session while its token is good and try again shortly
      if (Date.now() < Date.parse(current.expiresAt)) {
        this.schedule(retryAfterNetworkFailureMs);
        return current;
      }
      this.expire();
      return null;
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: Partial<RefreshSessionMutation> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const renewed = body.data?.refreshSession;
    // signed out or replaced meanwhile: this answer is for a session that is gone
    if (this.state.session !== current) return this.state.session;
    const code = body.errors?.[0]?.extensions?.code;
    if (!renewed && transientCodes.has(code ?? '') && Date.now() < Date.parse(current.expiresAt)) {
      this.schedule(retryAfterNetworkFailureMs);
      return current;
    }
    if (!renewed) {
      this.expire();
      return null;
    }
    this.signIn(renewed);
    return renewed;
  }

  private leadMs(session: Session): number {
    const lifetime = Date.parse(session.expiresAt) - (this.receivedAt || Date.now());
    return Math.max(0, Math.min(maxRefreshLeadMs, lifetime / 4));
  }

  private schedule(delayMs?: number): void {
    clearTimeout(this.timer);
    const session = this.state.session;
    if (!session) return;
    const delay = delayMs ?? Date.parse(session.expiresAt) - this.leadMs(session) - Date.now();
    this.timer = setTimeout(() => void this.refresh(), Math.max(0, delay));
  }

  private set(state: SessionState): void {
    this.state = state;
    this.write(state.session);
    this.schedule();
    for (const listener of this.listeners) listener();
  }

  private read(): Session | null {
    try {
      const raw = this.storage?.getItem(sessionStorageKey);
      if (!raw) return null;
      const stored = JSON.parse(raw) as StoredSession;
      if (typeof stored.accessToken !== 'string' || typeof stored.refreshToken !== 'string' || !stored.staff) return null;
      this.receivedAt = stored.receivedAt;
      const { receivedAt: _, ...session } = stored;
      return session;
    } catch {
      return null;
    }
  }

  private write(session: Session | null): void {
    try {
      if (session) {
        const stored: StoredSession = { ...session, receivedAt: this.receivedAt };
        this.storage?.setItem(sessionStorageKey, JSON.stringify(stored));
      } else {
        this.storage?.removeItem(sessionStorageKey);
      }
    } catch {
      // storage disabled: the session lasts as long as the page
    }
  }
}
