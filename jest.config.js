// One Jest run over every project: specs sit next to the code they test.
const { paths } = require('./tsconfig.base.json').compilerOptions;

const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  // The stores' suites run on their own: npm run test:stores (jest.stores.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tools/e2e/src/stores/'],
  // Transpile only: the type check is its own step of `npm test`.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  testTimeout: 20000,
};
