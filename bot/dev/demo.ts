// `npm run demo`: the product alive in one command. Starts Tandem on its own embedded Azurite
// (`.data-demo/`), seeds a demo programme through the bot's services when the folder is new,
// writes the Agents Playground's configuration (its people, the pair chat, the news channel) and
// starts the Playground. `-- --reset` starts over; `-- --check` seeds a fresh temporary folder,
// checks through the bot's endpoint that Alex sees the programme, the pairs, the open poll, the
// practices waiting for curation and the sent news with its report,
// stops what it started and exits 0 (non-zero with the reason otherwise).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkDemo } from './demo/demo-check';
import { ALEX, person, PLAYGROUND_TENANT } from './demo/demo-people';

const MEGAN = person('megan');
import { seedDemo } from './demo/demo-seed';
import { isSeeded, startDemoServer, type DemoServer } from './demo/demo-server';
import { PLAYGROUND_IDS, writePlaygroundConfig } from './demo/playground-config';

const PROJECT_DIR = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(PROJECT_DIR, '.data-demo');
const PLAYGROUND_PORT = 56150;

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--check')) return check();
  if (args.has('--reset')) await rm(DATA_DIR, { recursive: true, force: true });
  const server = await startDemoServer({
    dataDir: path.join(DATA_DIR, 'azurite'),
    port: Number(process.env.PORT || 3978),
    quiet: false,
  });
  if (!(await isSeeded(server.hooks))) {
    console.log('Seeding the demo programme…');
    await seedDemo(server.hooks, server.clock, {
      programmeId: crypto.randomUUID(),
      groupChatId: PLAYGROUND_IDS.groupChat,
    });
  }
  const playgroundDir = path.join(DATA_DIR, 'playground');
  await writePlaygroundConfig(playgroundDir);
  const playground = startPlayground(server.url, playgroundDir);
  const stop = async () => {
    playground.kill('SIGTERM');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  printWhatToOpen(server.url);
}

async function check(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-demo-'));
  let server: DemoServer | undefined;
  try {
    server = await startDemoServer({ dataDir, port: 0, quiet: true });
    await seedDemo(server.hooks, server.clock, {
      programmeId: crypto.randomUUID(),
      groupChatId: PLAYGROUND_IDS.groupChat,
    });
    const problems = await checkDemo(server.url);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    console.log(
      'demo check: Alex sees the programme, the pairs, the open poll, the pending practices and the news report',
    );
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function startPlayground(serverUrl: string, cwd: string): ChildProcess {
  const binary = path.join(
    PROJECT_DIR,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'agentsplayground.cmd' : 'agentsplayground',
  );
  const args = [
    '-e',
    `${serverUrl}/api/messages`,
    '-c',
    'msteams',
    '-p',
    String(PLAYGROUND_PORT),
    '--disable-telemetry',
  ];
  return spawn(binary, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

function printWhatToOpen(serverUrl: string): void {
  const dev = (oid: string) => `devUser=${encodeURIComponent(`${PLAYGROUND_TENANT}/${oid}`)}`;
  console.log(`
Tandem's demo is running.
  Agents Playground:   http://localhost:${PLAYGROUND_PORT}   (you are Alex Wilber: HR admin, and mentee of Megan Bowen)
                       personal chat: programme · pairs · good practices · news status · match · dashboard
                       group chat:    @Tandem poll · @Tandem schedule
  In the browser, the personal tab "My programme" as Alex (the journey with Megan, and HR's overview):
                       ${serverUrl}/tab/index.html?view=personal&${dev(ALEX.aadObjectId)}
  ... and as Megan:    ${serverUrl}/tab/index.html?view=personal&${dev(MEGAN.aadObjectId)}
Ctrl-C stops everything; \`npm run demo -- --reset\` starts over with a fresh programme.
`);
}

main().catch((error: unknown) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
