// Docker HEALTHCHECK for every app: GET /health/live on HEALTH_PORT (scheduler, worker) or PORT
// (api-gateway); exit 0 on a 200, 1 otherwise. Plain node, since the image has no curl.
'use strict';
const http = require('node:http');

const port = process.env.HEALTH_PORT || process.env.PORT || '3000';
const request = http.get({ host: '127.0.0.1', port, path: '/health/live', timeout: 3000 }, (response) => {
  response.resume();
  process.exit(response.statusCode === 200 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timed out')));
request.on('error', () => process.exit(1));
