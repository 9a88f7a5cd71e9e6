// Builds one app into dist/apps/<app>/main.js: libs bundled from source, node_modules left external.
const { join } = require('node:path');
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');

const root = join(__dirname, '../..');

function appWebpackConfig(app, { assets = [] } = {}) {
  return {
    output: { path: join(root, 'dist/apps', app) },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: join(root, `apps/${app}/src/main.ts`),
        tsConfig: join(root, `apps/${app}/tsconfig.app.json`),
        assets,
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        skipTypeChecking: true,
        sourceMap: true,
      }),
    ],
  };
}

/** The Redis adapter reads its Lua scripts from a lua/ folder next to main.js. */
const redisScripts = { input: 'libs/infra-redis/src/lua', glob: '*.lua', output: 'lua' };

module.exports = { appWebpackConfig, redisScripts };
