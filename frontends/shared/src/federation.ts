import { createRequire } from 'node:module';

/**
 * The one Module Federation sharing map every Careline front end passes to `federation({ shared })`.
 *
 * Shared means one copy per page, and it is kept for what holds page-wide state: a second React breaks
 * hooks, a second @apollo/client gives "Could not find client" (one client, one cache), a second
 * react-router loses the shell's routing context, a second i18next / react-i18next the language, a
 * second dayjs the locale antd's date pickers format with. The subpath shares (`react/`, `react-dom/`,
 * `@apollo/client/`) matter as much as the packages: `react/jsx-runtime`, `react-dom/client` and
 * `@apollo/client/react` (where ApolloProvider and useQuery live in v4) are separate entry points.
 *
 * A shared package is never tree-shaken (whoever provides it provides all of it), and the shell loads
 * the packages it provides before its first render, so the rest is deliberately not shared:
 * - antd (1.6 MB, 520 kB gzipped as a whole): each app bundles the components it draws and mounts the
 *   kit's AppConfigProvider (theme, locale, antd's App) around them, so they look alike; their styles
 *   do not clash because every copy is the catalog's one version, whose cssinjs hashes and class names
 *   are identical (a second copy finds the first one's <style> and reuses it).
 * - @ant-design/icons (≈ 200 kB gzipped as a whole): icons hold no state of their own.
 * - graphql: the front ends only print documents (the session's plain-fetch operations); Apollo's own
 *   use of it travels with the shared Apollo, and documents are plain objects, so copies are harmless.
 * See docs/frontend-delivery.md for the measurements.
 *
 * Versions come from what is installed (the workspace catalog pins them), so a remote built against
 * the same catalog accepts the host's copy and warns when a deployment drifts.
 */
const require = createRequire(import.meta.url);

function installedVersion(packageName: string): string {
  return (require(`${packageName}/package.json`) as { version: string }).version;
}

type SharedConfig = { singleton: true; requiredVersion: string };

function singleton(packageName: string): SharedConfig {
  return { singleton: true, requiredVersion: `^${installedVersion(packageName)}` };
}

export const sharedDependencies: Record<string, SharedConfig> = {
  react: singleton('react'),
  'react/': singleton('react'),
  'react-dom': singleton('react-dom'),
  'react-dom/': singleton('react-dom'),
  'react-router': singleton('react-router'),
  '@apollo/client': singleton('@apollo/client'),
  '@apollo/client/': singleton('@apollo/client'),
  dayjs: singleton('dayjs'),
  i18next: singleton('i18next'),
  'react-i18next': singleton('react-i18next'),
};
