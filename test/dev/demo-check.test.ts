import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

/**
 * `npm run demo -- --check`: the demo seeds a fresh folder through the bot's services and Alex,
 * the Playground's user, sees the programme, the pairs, the open poll, the practices waiting for
 * his curation (`good practices`) and the sent news with its report (`news status`) through the
 * real endpoint; anything missing makes the check exit non-zero with the reason. Run as a person would run it, in a process of its own.
 */
describe('the demo', () => {
  test('seeds a living programme that its check finds through /api/messages', async () => {
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['bot/dev/demo.ts', '--check'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      timeout: 120_000,
    });
    expect(stdout).toContain(
      'demo check: Alex sees the programme, the pairs, the open poll, the pending practices and the news report',
    );
  }, 150_000);
});
