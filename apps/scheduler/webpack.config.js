const { appWebpackConfig, redisScripts } = require('../../tools/webpack/app-webpack-config');

module.exports = appWebpackConfig('scheduler', { assets: [redisScripts] });
