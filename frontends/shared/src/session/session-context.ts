import { createContext, type Context } from 'react';
import type { SessionStore } from './session-store.js';

const key = Symbol.for('careline.session-context');
const registry = globalThis as typeof globalThis & { [key]?: Context<SessionStore | null> };

/**
 * The session's React context, one per page. This package is bundled into every app (it is not a
 * federation share), so a plain `createContext` here would give the shell and each remote a context of
 * their own and a hosted remote would never see the shell's session. The first copy to load creates
 * it on the shared React and parks it on `globalThis`; every other copy picks that one up.
 */
export const SessionContext: Context<SessionStore | null> = (registry[key] ??= createContext<SessionStore | null>(null));
