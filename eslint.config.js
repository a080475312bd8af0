// ESLint for the whole tree (`pnpm lint`, run by .ci/run): typescript-eslint with type information, plus
// the rules that keep the architecture (docs/architecture.md): services never import each other, front
// ends never import back-end code, `process.env` is read only in each package's env module, and a
// feature never reaches into another feature's internals.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const services = ['identity', 'members', 'crm', 'analytics'];
const frontEnds = ['shell', 'kpi', 'members', 'crm', 'admin'];

const foldersIn = (dir) => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
};

/**
 * A feature's internals are its sub-folders (dto/, components/, graphql/, hooks/, __tests__/…); its
 * top-level files (the module, entities, services, pages) are what other features may use. One zone
 * per (feature, other feature's sub-folder), built from the folders on disk so a new feature is covered.
 */
function featureZones(modulesDir, shared = ['common']) {
  const features = foldersIn(modulesDir);
  return features.flatMap((feature) =>
    features
      .filter((other) => other !== feature && !shared.includes(other))
      .flatMap((other) =>
        foldersIn(`${modulesDir}/${other}`).map((internal) => ({
          target: `./${modulesDir}/${feature}`,
          from: `./${modulesDir}/${other}/${internal}`,
          message: `${other}/${internal} is internal to the ${other} feature: import what it exports from its top-level files, or move the shared piece to common/.`,
        })),
      ),
  );
}

const zones = [
  ...services.flatMap((s) => featureZones(`services/${s}/src/modules`)),
  ...frontEnds.flatMap((f) => featureZones(`frontends/${f}/src/modules`)),
];

const processEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read settings through the package's env module (env.ts / env.mjs), not process.env.",
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/src/gql/**',
      '**/__mf__temp/**',
      '**/.__mf__temp/**',
      'coverage/**',
      'test-results/**',
      'test/bench/reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.ts', '*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-syntax': ['error', processEnv],
    },
  },
  // plain JavaScript (scripts, configs): no type information
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], rules: { '@typescript-eslint/no-floating-promises': 'off' } },
  // each service: never another service's code (data crosses by federation and events)
  ...services.map((service) => ({
    files: [`services/${service}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: services
            .filter((other) => other !== service)
            .map((other) => ({
              group: [`@careline/${other}`, `@careline/${other}/*`, `**/services/${other}/**`],
              message: `${service} must not import ${other}: data crosses by federation and events.`,
            })),
        },
      ],
    },
  })),
  // front ends: no back-end code, and the kit never imports a remote
  {
    files: ['frontends/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@careline/service-kit',
                '@careline/gateway',
                ...services.map((s) => `@careline/${s}`),
                '**/services/**',
                '**/gateway/**',
              ],
              message: 'A front end imports no back-end code: its types come from the API schema (pnpm codegen).',
            },
            {
              group: ['@mikro-orm/*', 'type-graphql', 'pg', 'pg-boss', 'express'],
              message: 'Back-end libraries do not belong in a front end.',
            },
            ...frontEnds.map((f) => ({
              group: [`@careline/frontend-${f}`, `**/frontends/${f}/**`],
              message: 'Front ends share code only through @careline/frontend-shared.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['frontends/**/*.tsx', 'frontends/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
  // tests read GraphQL answers as untyped JSON and assert their shape themselves
  {
    files: ['test/**', '**/test/**', '**/testing/**', '**/__tests__/**', '**/*.spec.ts', '**/*.spec.tsx', '**/*.bench.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // the env modules are where process.env is read
  { files: ['**/env.ts', '**/env.mjs', '**/vite.config.ts', 'eslint.config.js', 'codegen.ts'], rules: { 'no-restricted-syntax': 'off' } },
);
