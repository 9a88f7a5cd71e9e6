const { nodeBundleConfig } = require('../webpack/app-webpack-config');

// `npm run bench`: one main.js; the BullMQ worker processes run src/targets/bullmq-noop-worker.cjs as it is.
module.exports = nodeBundleConfig({ dir: 'tools/bench', outDir: 'dist/tools/bench' });
