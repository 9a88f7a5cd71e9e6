// npm run test:stores: the suites that start stores of their own (TLS-only MariaDB and Redis, a
// Sentinel group) and fault them under load; minutes long, so outside `npm test` (.ci/run runs both).
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/tools/e2e/src/stores'], testPathIgnorePatterns: ['/node_modules/'] };
