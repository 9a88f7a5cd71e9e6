const { join } = require('node:path');
const { nodeBundleConfig } = require('../../webpack/app-webpack-config');

// The soak of `npm run chaos`: a program of its own, sharing the end-to-end suite's process harness.
const config = nodeBundleConfig({ dir: 'tools/e2e', outDir: 'dist/tools/chaos' });
module.exports = { ...config, entry: join(__dirname, 'main.ts') };
