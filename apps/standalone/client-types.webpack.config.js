const { join } = require('node:path');
const { nodeBundleConfig } = require('../../tools/webpack/app-webpack-config');

// `npm run client:generate`: a program of its own that builds the standalone app to read its OpenAPI document.
const config = nodeBundleConfig({ dir: 'apps/standalone', outDir: 'dist/tools/client-types' });
module.exports = { ...config, entry: join(__dirname, 'src/openapi/write-client-types.main.ts') };
