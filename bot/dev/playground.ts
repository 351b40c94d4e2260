// `npm run playground`: chat with Tandem in the Microsoft 365 Agents Playground, no tenant needed.
// Reuses a Tandem server that already answers /healthz, otherwise starts `npm start`; then starts
// the playground against /api/messages. Ctrl-C stops only the processes this script started.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const PROJECT_DIR = path.resolve(__dirname, '..', '..');
const SERVER_PORT = Number(process.env.PORT || 3978);
const SERVER_URL = `http://localhost:${SERVER_PORT}`;
const SERVER_START_TIMEOUT_MS = 60_000;
const PLAYGROUND_START_TIMEOUT_MS = 30_000;
const IS_WINDOWS = process.platform === 'win32';

/** A child process this script started and therefore must stop. */
interface Started {
  name: string;
  child: ChildProcess;
}

const started: Started[] = [];
let ready = false;
let stopping = false;

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  if (await serverAnswers()) {
    console.log(`Using the Tandem server already running at ${SERVER_URL}.`);
  } else {
    const server = track('Tandem server (npm start)', startServer());
    await waitForServer(server);
    console.log(`Tandem answers at ${SERVER_URL}/healthz.`);
  }

  const playground = track('Agents Playground', startPlayground());
  const port = await waitForPlaygroundPort(playground);
  console.log(`\nAgents Playground is ready: open http://localhost:${port} in your browser.`);
  console.log('Press Ctrl-C to stop.\n');
  ready = true;
}

/** True when a Tandem server answers its health check. */
async function serverAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`${SERVER_URL}/healthz`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function startServer(): ChildProcess {
  console.log(`No Tandem server at ${SERVER_URL}; starting one with \`npm start\`…`);
  return spawnInGroup('npm', ['start'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Polls /healthz until it answers; fails fast if the server exits or takes too long. */
async function waitForServer(server: Started): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `${server.name} exited (${describeExit(server.child)}) before ${SERVER_URL}/healthz answered. ` +
          'See its output above.',
      );
    }
    if (await serverAnswers()) return;
    await delay(500);
  }
  throw new Error(
    `${server.name} did not answer ${SERVER_URL}/healthz within ${SERVER_START_TIMEOUT_MS / 1000} s. ` +
      'See its output above.',
  );
}

function startPlayground(): ChildProcess {
  const binName = IS_WINDOWS ? 'agentsplayground.cmd' : 'agentsplayground';
  const binary = path.join(PROJECT_DIR, 'node_modules', '.bin', binName);
  const args = ['-e', `${SERVER_URL}/api/messages`, '-c', 'msteams', '--disable-telemetry'];
  return spawnInGroup(binary, args, {
    // stdout is piped so we can read the port it really listens on (it moves off 56150 when taken).
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      // Its default log path is ./devTools/, which would litter the project root.
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(PROJECT_DIR, '.data', 'agents-playground.log'),
    },
  });
}

/** Echoes the playground's output and resolves with the port from its "Listening on N" line. */
function waitForPlaygroundPort(playground: Started): Promise<number> {
  return new Promise((resolve, reject) => {
    // Collected only until the port shows up; chunks may split the line, so scan the whole text.
    let seen: string | undefined = '';
    const timeoutSeconds = PLAYGROUND_START_TIMEOUT_MS / 1000;
    const timer = setTimeout(
      () => reject(new Error(`${playground.name} did not report its port within ${timeoutSeconds} s.`)),
      PLAYGROUND_START_TIMEOUT_MS,
    );
    playground.child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (seen === undefined) return;
      seen += chunk.toString();
      const port = /Listening on (\d+)/.exec(seen)?.[1];
      if (port) {
        seen = undefined;
        clearTimeout(timer);
        resolve(Number(port));
      }
    });
    playground.child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`${playground.name} exited (${describeExit(playground.child)}) before it was ready.`));
    });
  });
}

// Own process group per child: `npm start` runs a shell, tsx and node beneath it, and
// only signalling the whole group reliably stops all of them.
function spawnInGroup(command: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  return spawn(command, args, { cwd: PROJECT_DIR, detached: !IS_WINDOWS, shell: IS_WINDOWS, ...options });
}

function track(name: string, child: ChildProcess): Started {
  const entry = { name, child };
  started.push(entry);
  // A child that dies on its own leaves the session useless, so stop the rest too.
  // Before `ready` the waiting functions report the exit with a clearer message.
  child.once('exit', () => {
    if (ready && !stopping) {
      console.error(`${name} stopped (${describeExit(child)}).`);
      void stopAll(1);
    }
  });
  return entry;
}

/** Stops every child this script started (never a server it merely reused) and exits. */
async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const running = started.filter(({ child }) => child.exitCode === null && child.signalCode === null);
  if (running.length > 0) console.log(`\nStopping ${running.map(({ name }) => name).join(' and ')}…`);
  await Promise.all(running.map(({ child }) => stopChild(child)));
  process.exit(exitCode);
}

async function stopChild(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killTree(child, 'SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), delay(5_000).then(() => true)]);
  if (timedOut) killTree(child, 'SIGKILL');
}

function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (IS_WINDOWS) spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, signal);
  } catch {
    // Already gone: nothing left to stop.
  }
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
