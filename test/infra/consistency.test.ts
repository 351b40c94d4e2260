import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAppPackage } from '../../manifest/src/build-package';
import {
  balancedBlock,
  bicepOutputs,
  bicepParams,
  moduleCalls,
  readBicep,
  upperSnakeKeys,
  type BicepFile,
} from './bicep-source';
import { configReads, configSchemaKeys } from './config-reads';
import { REPO_ROOT, parametersFiles, readEnvTemplate, readProject, walk } from './toolkit-project';

// @microsoft/app-manifest requires ESM-only strip-bom, which Jest on Node 20 cannot load; the
// schema validation never reads files through it (same stand-in as test/manifest).
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const infra = (...parts: string[]) => join(REPO_ROOT, 'infra', ...parts);
const mainBicep = readBicep(infra('azure.bicep'));
const allBicep: BicepFile[] = [
  mainBicep,
  ...readdirSync(infra('modules')).map((name) => readBicep(infra('modules', name))),
];
const appSettingsBicep = readBicep(infra('modules', 'app-settings.bicep'));

/** What a person fills in before provisioning, where the script actions need a real value. */
const SAMPLE_INPUTS: Record<string, string> = { BOT_ENDPOINT: 'https://abc123-3978.euw.devtunnels.ms' };

/** The ids and host names provision writes into env/.env.dev, as fake but well-formed values. */
const PROVISIONED_DEV: Record<string, string> = {
  TEAMS_APP_ID: '7d3c2b1a-0000-4000-8000-00000000aa01',
  BOT_ID: '7d3c2b1a-0000-4000-8000-00000000aa02',
  AAD_APP_CLIENT_ID: '7d3c2b1a-0000-4000-8000-00000000aa03',
  BOT_DOMAIN: 'tandemdev-abcd1234.azurewebsites.net',
  TAB_ENDPOINT: 'https://tandemdev-abcd1234.azurewebsites.net',
  APP_VERSION: '0.1.0',
};

/**
 * Variables bot/src/config.ts reads that the Azure deployment deliberately leaves unset.
 * Everything else config.ts reads must be an app setting in infra/modules/app-settings.bicep.
 */
const NOT_SET_IN_PRODUCTION: Record<string, string> = {
  PORT: 'App Service sets it',
  TAB_DIR: 'the default ./build/tab is where the deployment zip puts the tab',
  TANDEM_DATA_DIR: 'embedded Azurite only (local runs)',
  AZURITE_TABLE_PORT: 'embedded Azurite only (local runs)',
  AZURITE_QUEUE_PORT: 'embedded Azurite only (local runs)',
  AZURE_STORAGE_CONNECTION_STRING:
    'production uses endpoints + managed identity; shared keys are disabled on the account',
  PROACTIVE_MAX_ATTEMPTS: 'tuning knob; the default suits Teams rate limits',
  TAB_SSO_JWKS_URL:
    "derived from BOT_TENANT_ID (the tenant's Microsoft Entra signing keys); an override for tests and sovereign clouds",
  BOT_OPENID_METADATA_URL:
    "the Bot Framework's public-cloud metadata is the default; an override for tests (a local key service)",
  REMINDER_TICK_SECONDS: 'tuning knob; a minute keeps reminders on time without load',
  MOMENTUM_SWEEP_MINUTES: 'tuning knob; nudges are weekly at most, an hourly look is plenty',
  RETENTION_INTERVAL_MINUTES: 'tuning knob; hourly checks are plenty for a retention measured in days',
  PROACTIVE_TIMEOUT_SECONDS: 'tuning knob; 30 s is far beyond a healthy Bot Connector answer',
  BROADCAST_TICK_SECONDS: 'tuning knob; half a minute keeps scheduled news on time',
  NOTICE_SWEEP_SECONDS: 'tuning knob; a lost queue message is rare, a minute is soon enough',
  BROADCAST_RATE_PER_SECOND: 'replaced by TENANT_RATE_PER_SECOND; still read for deployments made before issue 21',
};

/** The contract with the server: what every Azure deployment sets (see docs/deploy.md). */
const PRODUCTION_CONTRACT = [
  'NODE_ENV',
  'LOG_LEVEL',
  'TABLE_PREFIX',
  'AZURE_STORAGE_ACCOUNT_NAME',
  'AZURE_STORAGE_TABLE_ENDPOINT',
  'AZURE_STORAGE_QUEUE_ENDPOINT',
  'AZURE_CLIENT_ID',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'BOT_ID',
  'BOT_TENANT_ID',
  'BOT_TYPE',
  'BOT_PASSWORD',
  'AAD_APP_CLIENT_ID',
  'PUBLIC_URL',
  'TAB_ENDPOINT',
  'BOT_DOMAIN',
  'TANDEM_BOOTSTRAP_ADMINS',
  'TANDEM_LINK_SECRET',
];

describe('Bicep parameters', () => {
  const declared = bicepParams(mainBicep);

  it.each(parametersFiles())(
    '%s sets only declared parameters, every required one, and only allowed values',
    (file) => {
      const values = (
        JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as { parameters: Record<string, { value: unknown }> }
      ).parameters;
      expect(Object.keys(values).filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
      expect(declared.filter((p) => p.required && !(p.name in values)).map((p) => p.name)).toEqual([]);
      const notAllowed = declared
        .filter((p) => p.allowed && p.name in values && !(p.allowed ?? []).includes(values[p.name]?.value))
        .map((p) => `${p.name}=${String(values[p.name]?.value)}`);
      expect(notAllowed).toEqual([]);
    },
  );

  it('passes each module exactly the parameters it declares, including every required one', () => {
    for (const call of allBicep.flatMap(moduleCalls)) {
      const moduleParams = bicepParams(readBicep(call.path));
      expect({
        module: call.symbol,
        unknown: call.passed.filter((name) => !moduleParams.some((p) => p.name === name)),
      }).toEqual({ module: call.symbol, unknown: [] });
      expect({
        module: call.symbol,
        missing: moduleParams.filter((p) => p.required && !call.passed.includes(p.name)).map((p) => p.name),
      }).toEqual({
        module: call.symbol,
        missing: [],
      });
    }
  });

  it('finds the modules and their parameters, so the checks above look at something', () => {
    const calls = moduleCalls(mainBicep);
    expect(calls.map((c) => c.symbol).sort()).toEqual([
      'appSettings',
      'bot',
      'monitoring',
      'secrets',
      'storage',
      'webApp',
    ]);
    expect(calls.find((c) => c.symbol === 'bot')?.passed).toContain('messagingEndpoint');
    expect(
      declared
        .filter((p) => p.required)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['aadAppClientId', 'bootstrapAdmins', 'resourceBaseName']);
  });

  it('names outputs in UPPER_SNAKE_CASE, because the Toolkit writes them to the env file upper-cased', () => {
    expect(bicepOutputs(mainBicep).filter((name) => name !== name.toUpperCase())).toEqual([]);
  });
});

describe.each([
  { file: 'm365agents.yml', envName: 'dev' },
  { file: 'm365agents.local.yml', envName: 'local' },
])('$file with env/.env.$envName', ({ file, envName }) => {
  const project = readProject(file);
  const template = readEnvTemplate(envName);

  it('reads only variables that are inputs of the env template or written by an earlier action', () => {
    expect(walk(project, template, SAMPLE_INPUTS).problems).toEqual([]);
  });

  it('lists every variable provision writes under "Written by provision", and nothing else there', () => {
    const { written } = walk(project, template, SAMPLE_INPUTS);
    expect(Object.keys(template.generated).filter((name) => !written.has(name))).toEqual([]);
    // SECRET_ values go to the git-ignored env/.env.<env>.user, never to the committed template.
    const unlisted = [...written].filter(
      (name) => !name.startsWith('SECRET_') && !(name in template.generated) && !(name in template.inputs),
    );
    expect(unlisted).toEqual([]);
  });

  it('commits no generated ids and no secrets', () => {
    expect(Object.entries(template.generated).filter(([, value]) => value !== '')).toEqual([]);
    const committed = readFileSync(join(REPO_ROOT, 'env', `.env.${envName}`), 'utf8');
    expect(committed).not.toMatch(/^SECRET_/m);
  });
});

describe('the action order check', () => {
  it('notices an action that reads a variable before the action that writes it', () => {
    const project = readProject('m365agents.yml');
    const armIndex = project.provision.findIndex((a) => a.uses === 'arm/deploy');
    const aadUpdate = project.provision.find((a) => a.uses === 'aadApp/update');
    if (!aadUpdate) throw new Error('m365agents.yml has no aadApp/update');
    const reordered = project.provision.filter((a) => a !== aadUpdate);
    reordered.splice(armIndex, 0, aadUpdate);
    expect(
      walk({ ...project, provision: reordered }, readEnvTemplate('dev'), SAMPLE_INPUTS).problems.join('\n'),
    ).toMatch(/aadApp\/update reads BOT_DOMAIN/);
  });
});

describe('production settings', () => {
  const appSettings = upperSnakeKeys(appSettingsBicep);

  it('sets every variable config.ts reads, except the deliberate exceptions', () => {
    const missing = configReads().filter((name) => !(name in NOT_SET_IN_PRODUCTION) && !appSettings.includes(name));
    // A failure here means config.ts reads a new variable: add it to app-settings.bicep (and a
    // parameter if it varies per deployment), or to NOT_SET_IN_PRODUCTION with the reason.
    expect(missing).toEqual([]);
  });

  it('reads the variable list from config.ts source and agrees with what loadConfig actually reads', () => {
    expect(configSchemaKeys().sort()).toEqual(configReads().sort());
    expect(configSchemaKeys()).toEqual(expect.arrayContaining(['NODE_ENV', 'BOT_ID', 'TABLE_PREFIX']));
  });

  it('keeps the list of exceptions current', () => {
    expect(Object.keys(NOT_SET_IN_PRODUCTION).filter((name) => !configReads().includes(name))).toEqual([]);
    expect(Object.keys(NOT_SET_IN_PRODUCTION).filter((name) => appSettings.includes(name))).toEqual([]);
  });

  it('sets the storage, identity, monitoring and bot contract the server relies on', () => {
    expect(PRODUCTION_CONTRACT.filter((name) => !appSettings.includes(name))).toEqual([]);
    expect(appSettingsBicep.code).toMatch(/^\s*NODE_ENV: 'production'$/m);
  });

  it('passes secrets only as Key Vault references, and BOT_PASSWORD only for single-tenant bots', () => {
    const code = appSettingsBicep.code;
    const singleTenant = balancedBlock(code, code.indexOf('{', code.indexOf('var singleTenantSettings')));
    expect(singleTenant).toMatch(/^\s*BOT_PASSWORD: '@Microsoft\.KeyVault\(SecretUri=\$\{botPasswordSecretUri\}\)'$/m);
    expect(code.match(/BOT_PASSWORD:/g)).toHaveLength(1);
    expect(code).toMatch(/^\s*TANDEM_LINK_SECRET: '@Microsoft\.KeyVault\(SecretUri=\$\{linkSecretUri\}\)'$/m);
  });
});

describe('security settings the deployment promises', () => {
  it.each([
    ['storage.bicep', /allowSharedKeyAccess: false/],
    ['storage.bicep', /allowBlobPublicAccess: false/],
    ['storage.bicep', /minimumTlsVersion: 'TLS1_2'/],
    ['storage.bicep', /supportsHttpsTrafficOnly: true/],
    ['storage.bicep', /'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/], // Storage Table Data Contributor
    ['storage.bicep', /'974c5e8b-45b9-4653-ba55-5f855dd0fb88'/], // Storage Queue Data Contributor
    ['web-app.bicep', /httpsOnly: true/],
    ['web-app.bicep', /alwaysOn: true/],
    ['web-app.bicep', /healthCheckPath: '\/healthz'/],
    ['web-app.bicep', /ftpsState: 'Disabled'/],
    ['web-app.bicep', /minTlsVersion: '1\.2'/],
    ['bot.bicep', /name: 'MsTeamsChannel'/],
    ['bot.bicep', /msaAppType: botType/],
  ])('%s has %s', (file, pattern) => {
    expect(readBicep(infra('modules', file)).code).toMatch(pattern);
  });

  it('runs Node 20 by default and never offers a multi-tenant bot', () => {
    const params = bicepParams(mainBicep);
    expect(mainBicep.code).toMatch(/^param nodeVersion string = 'NODE\|20-lts'$/m);
    expect(params.find((p) => p.name === 'botType')?.allowed).toEqual(['UserAssignedMSI', 'SingleTenant']);
  });
});

describe('tab SSO app registration (infra/aad.manifest.json)', () => {
  const manifest = JSON.parse(readFileSync(infra('aad.manifest.json'), 'utf8')) as {
    signInAudience: string;
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: Array<{ value: string; id: string }>;
      preAuthorizedApplications: Array<{ appId: string; delegatedPermissionIds: string[] }>;
    };
  };

  it('exposes access_as_user to the Teams desktop/mobile and web clients only, in this tenant', () => {
    const scope = manifest.api.oauth2PermissionScopes.map((s) => s.value);
    expect(scope).toEqual(['access_as_user']);
    expect(manifest.signInAudience).toBe('AzureADMyOrg');
    expect(manifest.api.requestedAccessTokenVersion).toBe(2);
    expect(manifest.api.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual([
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ]);
    for (const app of manifest.api.preAuthorizedApplications)
      expect(app.delegatedPermissionIds).toEqual([manifest.api.oauth2PermissionScopes[0]?.id]);
  });
});

describe('the dev app package', () => {
  let workDir: string;
  beforeAll(() => (workDir = mkdtempSync(join(tmpdir(), 'tandem-infra-'))));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('builds from env/.env.dev once provision has filled it, passes the official schema, and matches the SSO registration', async () => {
    const built = await buildAppPackage({
      envName: 'dev',
      envDir: join(REPO_ROOT, 'env'),
      outDir: workDir,
      processEnv: PROVISIONED_DEV,
    });
    expect(built.manifest.id).toBe(PROVISIONED_DEV.TEAMS_APP_ID);
    expect(built.manifest.validDomains).toEqual([PROVISIONED_DEV.BOT_DOMAIN]);
    const aadManifest = JSON.parse(readFileSync(infra('aad.manifest.json'), 'utf8')) as { identifierUris: string[] };
    const identifierUri = (aadManifest.identifierUris[0] ?? '').replace(
      /\$\{\{(\w+)\}\}/g,
      (_, name: string) => PROVISIONED_DEV[name] ?? '?',
    );
    expect(built.manifest.webApplicationInfo).toEqual({
      id: PROVISIONED_DEV.AAD_APP_CLIENT_ID,
      resource: identifierUri,
    });
  });

  it('does not build from the committed template alone: it holds no placeholder ids', async () => {
    const build = buildAppPackage({ envName: 'dev', envDir: join(REPO_ROOT, 'env'), outDir: workDir, processEnv: {} });
    await expect(build).rejects.toThrow(/AAD_APP_CLIENT_ID[\s\S]*BOT_ID[\s\S]*TAB_ENDPOINT[\s\S]*TEAMS_APP_ID/);
  });
});

describe('Toolkit helper scripts', () => {
  const run = (script: string, env: Record<string, string> = {}) =>
    execFileSync(process.execPath, [join('infra', 'scripts', script)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('app-version.js reports the package.json version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run('app-version.js')).toBe(`::set-teamsfx-env APP_VERSION=${version}\n`);
  });

  it('tunnel-endpoints.js derives the tab endpoint and domain, and refuses a non-https tunnel', () => {
    expect(run('tunnel-endpoints.js', { BOT_ENDPOINT: 'https://abc123-3978.euw.devtunnels.ms/' })).toBe(
      '::set-teamsfx-env TAB_ENDPOINT=https://abc123-3978.euw.devtunnels.ms\n::set-teamsfx-env BOT_DOMAIN=abc123-3978.euw.devtunnels.ms\n',
    );
    expect(() => run('tunnel-endpoints.js', { BOT_ENDPOINT: 'http://localhost:3978' })).toThrow();
  });
});
