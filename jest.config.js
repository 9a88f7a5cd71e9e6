// One Jest run over every project: specs sit next to the code they test.
const { readFileSync } = require('node:fs');

const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
// swc's own path rewriting needs absolute file names; Jest's moduleNameMapper does the job instead.
delete swcrc.jsc.baseUrl;
delete swcrc.jsc.paths;

const { paths } = require('./tsconfig.base.json').compilerOptions;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  testTimeout: 20000,
};
