import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

// Which layer may import which (DESIGN.md): apps → features → application → domain ← infra;
// a composition lib picks the adapters for the distributed apps. The typed client stands apart: it
// knows the API only through the types generated from its OpenAPI document, and runs in browsers.
// The browser app (type:ui) may use the typed client and nothing of the server.
const depConstraints = [
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:client'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:application', 'type:infra', 'type:domain', 'type:client'] },
  { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:feature', 'type:application', 'type:infra', 'type:domain'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:application', 'type:domain'] },
  { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:domain', 'type:testing'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:client'] },
  // Node's modules are kept out by its browser type check (libs/client/tsconfig.lib.json).
  { sourceTag: 'type:client', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@nestjs/*', 'express', 'class-validator', 'class-transformer'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'ioredis', 'mysql2', 'express', 'class-validator', 'class-transformer', 'node:*'],
  },
];

const boundaries = (allow = []) => ['error', { enforceBuildableLibDependency: true, banTransitiveDependencies: true, allow, depConstraints }];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'tmp'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The dashboard: the rules of hooks, and controls that a screen reader can name.
    files: ['apps/dashboard/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['apps/dashboard/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Tests read JSON off the wire and may use the shared contract suites.
    files: ['**/*.spec.ts', 'libs/testing/**/*.ts', 'tools/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@nx/enforce-module-boundaries': boundaries(['@asynctask/testing']),
    },
  },
  {
    // Use-case tests run on the real memory adapters and executors instead of mocks, faulted by the testing lib's wrappers.
    files: ['libs/application/src/**/*.spec.ts', 'libs/application/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['@asynctask/infra-memory', '@asynctask/infra-executors', '@asynctask/testing']) },
  },
];
