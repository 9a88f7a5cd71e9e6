const { appWebpackConfig, redisScripts } = require('../../tools/webpack/app-webpack-config');

module.exports = appWebpackConfig('worker', { assets: [redisScripts] });
