'use strict';
/**
 * Runs Azurite's table and queue services in a process of their own, started by
 * embedded-azurite.ts. Azurite must not share a process with restify: restify adds a `query`
 * method to every incoming request, Express (inside Azurite) then skips parsing the query
 * string, and table queries silently ignore their $filter. Plain JavaScript, so the same file
 * runs under tsx, jest and plain node. It exits when its parent goes away.
 */
const path = require('node:path');
const { mkdirSync } = require('node:fs');

let servers = [];

async function start(options) {
  const host = options.host;
  const inMemory = !options.dataDir;
  const dir = options.dataDir ? path.resolve(options.dataDir) : '';
  if (dir) mkdirSync(dir, { recursive: true });
  // Azurite reports usage by default; switched off explicitly.
  require('azurite/dist/src/common/Telemetry').AzuriteTelemetryClient.init(dir, false, undefined);
  const TableServer = require('azurite/dist/src/table/TableServer').default;
  const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;
  const QueueServer = require('azurite/dist/src/queue/QueueServer').default;
  const QueueConfiguration = require('azurite/dist/src/queue/QueueConfiguration').default;
  // Positional arguments: host, port, keep-alive, metadata file, debug log, access log,
  // access-log stream, debug-log path, loose, skipApiVersionCheck (the SDKs are newer than
  // this Azurite), cert, key, password, oauth, product-style URLs, in-memory.
  const tables = new TableServer(
    new TableConfiguration(
      host,
      options.tablePort,
      undefined,
      path.join(dir, '__azurite_db_table__.json'),
      false,
      false,
      undefined,
      undefined,
      false,
      true,
      '',
      '',
      '',
      undefined,
      false,
      inMemory,
    ),
  );
  const queues = new QueueServer(
    new QueueConfiguration(
      host,
      options.queuePort,
      undefined,
      path.join(dir, '__azurite_db_queue__.json'),
      path.join(dir, '__azurite_db_queue_extent__.json'),
      [{ locationId: 'Default', locationPath: path.join(dir, '__queuestorage__'), maxConcurrency: 1 }],
      false,
      undefined,
      false,
      undefined,
      false,
      true,
      '',
      '',
      '',
      undefined,
      false,
      inMemory,
    ),
  );
  await tables.start();
  await queues.start();
  servers = [tables, queues];
  const port = (server) => Number(new URL(server.getHttpServerAddress()).port);
  return { tablePort: port(tables), queuePort: port(queues) };
}

async function stop() {
  await Promise.allSettled(servers.map((server) => server.close()));
  process.exit(0);
}

process.on('message', (message) => {
  if (message && message.type === 'start') {
    start(message.options).then(
      (ports) => process.send({ type: 'ready', ...ports }),
      (error) => process.send({ type: 'failed', message: String((error && error.stack) || error) }),
    );
  } else if (message && message.type === 'stop') {
    void stop();
  }
});
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
