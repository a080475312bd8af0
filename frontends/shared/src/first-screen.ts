/**
 * What the portal's first screen (the sign-in page) may import: nothing here reaches Apollo Client or
 * React Router. @module-federation/vite loads every shared package that any module of a build imports
 * before the build's first render, lazy chunks and re-exports nobody uses included; the kit's main
 * entry re-exports the Apollo client and the standalone router, so importing it would put both on the
 * sign-in page (docs/frontend-delivery.md).
 */
export { initI18n, type I18nResources } from './i18n/init-i18n.js';
export { fetchRuntimeConfig } from './runtime/fetch-runtime-config.js';
export type { RuntimeConfig } from './runtime/runtime-config.js';
export type { Session, SessionStaff } from './session/session.js';
export { SessionProvider } from './session/session-provider.js';
export { SessionStore, type SessionNotice, type SessionState } from './session/session-store.js';
export { SignInForm } from './session/sign-in-form.js';
export { useSession } from './session/use-session.js';
export { AntdConfigProvider } from './ui/antd-config-provider.js';
export { LanguageSwitch } from './ui/language-switch.js';
export { PageError } from './ui/page-error.js';
export { PageLoading } from './ui/page-loading.js';
