// autocannon's `setupRequest` for the cold journey figure. The load runs in a worker thread,
// which cannot receive functions, so autocannon loads this file by path. Each request takes the
// next pair (path and its member's token) from the file TANDEM_BENCH_JOURNEY_TARGETS names.
const { readFileSync } = require('node:fs');

const targets = JSON.parse(readFileSync(process.env.TANDEM_BENCH_JOURNEY_TARGETS, 'utf8'));
let next = 0;

module.exports = function setupRequest(request) {
  const target = targets[next % targets.length];
  next += 1;
  return { ...request, path: target.path, headers: { ...request.headers, authorization: `Bearer ${target.token}` } };
};
