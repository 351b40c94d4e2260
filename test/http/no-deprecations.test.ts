import { execFileSync } from 'node:child_process';

/**
 * A clean start prints no deprecation warnings. restify 11 loaded spdy (and with it
 * http-deceiver's `process.binding('http_parser')`, DEP0111) on every start, though Tandem
 * never serves spdy; `.patches/` makes restify load it only on request, applied by postinstall.
 */
describe('a clean start', () => {
  test('creating the HTTP server raises no deprecation', () => {
    const run = () =>
      execFileSync(process.execPath, ['--throw-deprecation', '-e', "require('restify').createServer().close()"], {
        stdio: 'pipe',
        encoding: 'utf8',
      });
    expect(run).not.toThrow();
  });
});
