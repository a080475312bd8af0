/** `/runtime-config.json`: written per deployment, so addresses change without rebuilding a front end. */
export interface RuntimeConfig {
  /** The gateway's GraphQL endpoint. */
  graphqlUrl: string;
  /** Remote name → URL of its `remoteEntry.js`. */
  remotes: Record<string, string>;
}
