import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvValues } from '../../manifest/src/load-sources';
import { LOCAL_DEFAULTS, resolveVariables, type VariableSources } from '../../manifest/src/package-variables';
import { parseEnvText, readEnvFile } from '../../manifest/src/read-env-file';

const ALL = ['AAD_APP_CLIENT_ID', 'APP_VERSION', 'BOT_DOMAIN', 'BOT_ID', 'TAB_ENDPOINT', 'TEAMS_APP_ID'];

function sources(overrides: Partial<VariableSources>): VariableSources {
  return { envName: 'local', fileValues: {}, processEnv: {}, packageVersion: '0.1.0', required: ALL, ...overrides };
}

describe('parseEnvText', () => {
  it('reads KEY=VALUE lines and skips blank lines and # comments', () => {
    const text = '# Tandem dev\n\nTEAMS_APP_ID=abc\n  # indented comment\nexport BOT_ID = def \n';
    expect(parseEnvText(text)).toEqual({ TEAMS_APP_ID: 'abc', BOT_ID: 'def' });
  });

  it('strips quotes, understands escapes in double quotes, keeps single quotes literal', () => {
    const text = 'A="two words"\nB=\'no \\n escape\'\nC="line\\nbreak \\"quoted\\""\nD=""\nE="x" # comment\n';
    expect(parseEnvText(text)).toEqual({
      A: 'two words',
      B: 'no \\n escape',
      C: 'line\nbreak "quoted"',
      D: '',
      E: 'x',
    });
  });

  it('ends an unquoted value at " #" but keeps a # inside a URL', () => {
    expect(parseEnvText('URL=https://x.example.com/#/tab # the tab\r\n')).toEqual({
      URL: 'https://x.example.com/#/tab',
    });
  });

  it('names the file and line of anything else', () => {
    expect(() => parseEnvText('A=1\nnot a line\n', 'env/.env.dev')).toThrow('env/.env.dev:2: expected KEY=VALUE');
    expect(() => parseEnvText('A="open', 'env/.env.dev')).toThrow('env/.env.dev:1: unterminated " quote');
  });
});

describe('env files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-env-'));
    mkdirSync(join(dir, 'env'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file reads as undefined', () => {
    expect(readEnvFile(join(dir, 'nope'))).toBeUndefined();
  });

  it('local may have no env file; other envs may not', () => {
    expect(loadEnvValues(join(dir, 'env'), 'local')).toEqual({});
    expect(() => loadEnvValues(join(dir, 'env'), 'dev')).toThrow(/Env file not found: .*\.env\.dev/);
  });

  it('.env.<env>.user overrides .env.<env>', () => {
    writeFileSync(join(dir, 'env', '.env.dev'), 'BOT_ID=from-file\nTAB_ENDPOINT=https://a.example.com\n');
    writeFileSync(join(dir, 'env', '.env.dev.user'), 'BOT_ID=from-user-file\n');
    expect(loadEnvValues(join(dir, 'env'), 'dev')).toEqual({
      BOT_ID: 'from-user-file',
      TAB_ENDPOINT: 'https://a.example.com',
    });
  });

  it('env names cannot point outside env/', () => {
    expect(() => loadEnvValues(join(dir, 'env'), '../secrets')).toThrow(/may contain only/);
  });
});

describe('resolveVariables', () => {
  it('gives local distinct, valid, non-nil GUIDs and localhost defaults', () => {
    const values = resolveVariables(sources({}));
    const ids = [values.TEAMS_APP_ID, values.BOT_ID, values.AAD_APP_CLIENT_ID];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(id).not.toBe('00000000-0000-0000-0000-000000000000');
    }
    expect(values).toMatchObject({
      TAB_ENDPOINT: 'https://localhost:3978',
      BOT_DOMAIN: 'localhost:3978',
      APP_VERSION: '0.1.0',
    });
  });

  it('lets process env win over the file, and treats empty values as unset', () => {
    const values = resolveVariables(
      sources({
        fileValues: { BOT_ID: 'from-file', TEAMS_APP_ID: 'file-app' },
        processEnv: { BOT_ID: 'from-env', TEAMS_APP_ID: '' },
      }),
    );
    expect(values.BOT_ID).toBe('from-env');
    expect(values.TEAMS_APP_ID).toBe('file-app');
  });

  it('for dev, names every missing required variable in one error', () => {
    const run = () =>
      resolveVariables(sources({ envName: 'dev', fileValues: { TEAMS_APP_ID: LOCAL_DEFAULTS.TEAMS_APP_ID ?? '' } }));
    expect(run).toThrow(/env "dev"/);
    expect(run).toThrow(/- AAD_APP_CLIENT_ID\n {2}- BOT_ID\n {2}- TAB_ENDPOINT$/);
  });

  it('derives BOT_DOMAIN from TAB_ENDPOINT and drops a trailing slash', () => {
    const values = resolveVariables(sources({ processEnv: { TAB_ENDPOINT: 'https://tandem.example.com/' } }));
    expect(values).toMatchObject({ TAB_ENDPOINT: 'https://tandem.example.com', BOT_DOMAIN: 'tandem.example.com' });
  });

  it('rejects an http endpoint and a version Teams would refuse', () => {
    expect(() => resolveVariables(sources({ processEnv: { TAB_ENDPOINT: 'http://localhost:3978' } }))).toThrow(/https/);
    expect(() => resolveVariables(sources({ processEnv: { APP_VERSION: '1.0.0-beta' } }))).toThrow(/APP_VERSION/);
  });
});
