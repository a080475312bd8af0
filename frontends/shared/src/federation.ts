import { createRequire } from 'node:module';

/**
 * The one Module Federation sharing map every Careline front end passes to `federation({ shared })`.
 *
 * Everything here is a singleton: a second React breaks hooks, a second @apollo/client gives
 * "Could not find client", a second antd / react-i18next / react-router loses the host's theme,
 * locale, language and routing contexts. The subpath shares (`react/`, `react-dom/`,
 * `@apollo/client/`) matter as much as the packages: `react/jsx-runtime`, `react-dom/client` and
 * `@apollo/client/react` (where ApolloProvider and useQuery live in v4) are separate entry points.
 *
 * @ant-design/icons is deliberately not shared: a shared package cannot be tree-shaken, and the whole
 * icon set is ~200 kB gzipped, while unshared each app bundles only the icons it draws. Icons hold no
 * state of their own (their one context defaults to antd's `anticon` prefix), so copies are harmless.
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
  graphql: singleton('graphql'),
  antd: singleton('antd'),
  dayjs: singleton('dayjs'),
  i18next: singleton('i18next'),
  'react-i18next': singleton('react-i18next'),
};
