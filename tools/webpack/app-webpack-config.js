// Builds one app into dist/apps/<app>/main.js: libs bundled from source, node_modules left external.
const { join } = require('node:path');
const CopyPlugin = require('copy-webpack-plugin');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = join(__dirname, '../..');

/** The Redis adapter reads its Lua scripts from a lua/ folder next to main.js. */
const redisScripts = { from: join(root, 'libs/infra-redis/src/lua'), to: 'lua' };

function appWebpackConfig(app, { assets = [] } = {}) {
  return nodeBundleConfig({ dir: `apps/${app}`, outDir: `dist/apps/${app}`, assets });
}

/** Any TypeScript program of the repo (an app, a tool) as one main.js under outDir. */
function nodeBundleConfig({ dir, outDir, assets = [] }) {
  const tsconfig = join(root, dir, 'tsconfig.app.json');
  return {
    mode: 'production',
    target: 'node20',
    entry: join(root, dir, 'src/main.ts'),
    output: { path: join(root, outDir), filename: 'main.js', clean: true },
    devtool: 'source-map',
    // Keep __dirname the bundle's own folder, where its assets are copied.
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
    externalsPresets: { node: true },
    externals: [nodeExternals({ modulesDir: join(root, 'node_modules') })],
    resolve: { extensions: ['.ts', '.js'], plugins: [new TsconfigPathsPlugin({ configFile: tsconfig })] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { configFile: tsconfig, transpileOnly: true } }],
    },
    plugins: assets.length > 0 ? [new CopyPlugin({ patterns: assets })] : [],
  };
}

module.exports = { appWebpackConfig, nodeBundleConfig, redisScripts };
