// GraphQL Code Generator: the portal's GraphQL types come from one place, the API schema that
// `pnpm compose` derives from the supergraph. Each front end gets its own `src/gql/` (typed `graphql()`
// documents for the operations written in that front end), so a remote builds and deploys on its own.
// `pnpm codegen` writes them; CI regenerates and fails on any difference (`.ci/run`).
import type { CodegenConfig } from '@graphql-codegen/cli';

const frontEnds = ['shared', 'shell', 'kpi', 'members', 'crm', 'admin'];

const config: CodegenConfig = {
  schema: 'gateway/api-schema.graphql',
  ignoreNoDocuments: true,
  // documents are the `graphql(...)` calls of each front end's generated `src/gql`, nothing else
  pluckConfig: { modules: [], globalGqlIdentifierName: 'graphql', gqlMagicComment: 'graphql' },
  generates: Object.fromEntries(
    frontEnds.map((name) => [
      `frontends/${name}/src/gql/`,
      {
        preset: 'client',
        documents: [`frontends/${name}/src/**/*.{ts,tsx}`, `!frontends/${name}/src/gql/**`],
        presetConfig: { fragmentMasking: false },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: {
            DateTimeISO: 'string',
            ID: 'string',
            Fen: 'number',
            JSONObject: 'Record<string, unknown>',
            LocalDate: 'string',
            YearMonth: 'string',
          },
          defaultScalarType: 'unknown',
        },
      },
    ]),
  ),
};

export default config;
