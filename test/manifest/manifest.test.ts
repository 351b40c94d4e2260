import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { imageSize } from 'image-size';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { buildAppPackage, type BuiltPackage } from '../../manifest/src/build-package';
import type { Json } from '../../manifest/src/fill-template';
import {
  localizableKeys,
  missingTranslations,
  resolveKeyPath,
  unresolvedLocalizationKeys,
} from '../../manifest/src/localization-check';
import { validateAgainstBundledSchema } from '../../manifest/src/validate';
import { decodeRgbaPng } from './png-decoder';
import { recogniseCommand } from '../../bot/src/domain/commands';
import type { ConversationScope } from '../../bot/src/domain/conversation-scope';

type JsonObject = { [key: string]: Json };

// @microsoft/app-manifest requires strip-bom 5, which is ESM-only: Node 20.19 (tsx) loads it,
// Jest's CommonJS runtime on Node 20 cannot. Validation never reads files through it, so a
// CommonJS stand-in with the same behaviour is enough here.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

let workDir: string;
let built: BuiltPackage;
let zip: AdmZip;

/** A text entry of the built zip, decoded as UTF-8. */
function entryText(name: string): string {
  const entry = zip.getEntry(name);
  if (!entry) throw new Error(`${name} is not in the package`);
  return entry.getData().toString('utf8');
}

function entryJson(name: string): JsonObject {
  return JSON.parse(entryText(name)) as JsonObject;
}

function entryBytes(name: string): Buffer {
  const entry = zip.getEntry(name);
  if (!entry) throw new Error(`${name} is not in the package`);
  return entry.getData();
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'tandem-manifest-'));
  // An empty env dir and no process env: the local defaults alone must produce a package.
  built = await buildAppPackage({ envName: 'local', outDir: workDir, envDir: join(workDir, 'env'), processEnv: {} });
  zip = new AdmZip(built.zipPath);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the local app package', () => {
  it('is written to the output dir with the four files at the zip root', () => {
    expect(built.zipPath).toBe(join(workDir, 'appPackage.local.zip'));
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'de.json', 'manifest.json', 'outline.png']);
  });

  it('passes the official bundled manifest schema, through our wrapper and the library directly', async () => {
    const manifest = entryJson('manifest.json');
    expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest)).toEqual([]);
  });

  it('fails the schema once a required field is removed, so the check above can fail', async () => {
    const withoutDeveloper = entryJson('manifest.json');
    delete withoutDeveloper.developer;
    const errors = await validateAgainstBundledSchema(withoutDeveloper);
    expect(errors.join('\n')).toMatch(/developer/);
  });

  it('rejects a bot id that is not a GUID', async () => {
    const manifest = entryJson('manifest.json');
    const errors = await validateAgainstBundledSchema({
      ...manifest,
      bots: [{ botId: 'not-a-guid', scopes: ['personal'] }],
    });
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  it('has a German file that passes the localization schema, which rejects unknown keys', async () => {
    const german = entryJson('de.json');
    expect(await validateAgainstBundledSchema(german)).toEqual([]);
    expect(await validateAgainstBundledSchema({ ...german, 'bots[0].nonsense': 'x' })).not.toEqual([]);
  });

  it('leaves no ${{ placeholder in any file', () => {
    expect(entryText('manifest.json')).not.toContain('${{');
    expect(entryText('de.json')).not.toContain('${{');
  });

  it('uses schema 1.19 or later, and the same version for manifest and localization', () => {
    const manifest = entryJson('manifest.json');
    const [major = 0, minor = 0] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(1019);
    expect(String(entryJson('de.json').$schema)).toContain(`/v${String(manifest.manifestVersion)}/`);
  });

  it('offers the bot in personal, group chat and team scopes, without files', () => {
    const bot = resolveKeyPath(entryJson('manifest.json'), 'bots[0]') as JsonObject;
    expect([...(bot.scopes as string[])].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
  });

  it('fills the local endpoints and derives the domain from TAB_ENDPOINT', () => {
    const manifest = entryJson('manifest.json');
    expect(manifest.validDomains).toEqual(['localhost:3978']);
    expect(resolveKeyPath(manifest, 'staticTabs[1].contentUrl')).toBe(
      'https://localhost:3978/tab/index.html?view=personal',
    );
    const sso = manifest.webApplicationInfo as JsonObject;
    expect(sso.resource).toBe(`api://localhost:3978/${String(sso.id)}`);
    const packageJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe(packageJson.version);
  });
});

describe('the journey tabs', () => {
  it('declares the pair chat\'s configurable tab (group chats only) and the personal tab "My programme" served by the tab bundle', () => {
    const manifest = entryJson('manifest.json');
    expect(manifest.configurableTabs).toEqual([
      {
        configurationUrl: 'https://localhost:3978/tab/config.html',
        canUpdateConfiguration: true,
        scopes: ['groupChat'],
        context: ['privateChatTab'],
      },
    ]);
    const personal = (manifest.staticTabs as JsonObject[]).find((tab) => tab.entityId === 'my-programme');
    expect(personal).toMatchObject({
      name: 'My programme',
      scopes: ['personal'],
      contentUrl: 'https://localhost:3978/tab/index.html?view=personal',
    });
  });
});

describe('icons', () => {
  it('are 192x192 (colour) and 32x32 (outline) PNGs', () => {
    expect(imageSize(entryBytes('color.png'))).toMatchObject({ width: 192, height: 192, type: 'png' });
    expect(imageSize(entryBytes('outline.png'))).toMatchObject({ width: 32, height: 32, type: 'png' });
  });

  it('outline is white on transparent only, and not empty', () => {
    const { rgba } = decodeRgbaPng(entryBytes('outline.png'));
    let drawn = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      drawn++;
    }
    expect(drawn).toBeGreaterThan(50);
  });

  it('colour icon is fully opaque, as Teams expects of a full-bleed tile', () => {
    const { rgba } = decodeRgbaPng(entryBytes('color.png'));
    expect(rgba.filter((_, i) => i % 4 === 3 && rgba[i] !== 255)).toHaveLength(0);
  });
});

describe('German localization', () => {
  it('has only keys that resolve to a string in the manifest', () => {
    expect(unresolvedLocalizationKeys(entryJson('manifest.json'), entryJson('de.json'))).toEqual([]);
  });

  it('translates every command title and description, and the tab name', () => {
    const manifest = entryJson('manifest.json');
    const commandKeys = localizableKeys(manifest).filter((key) => key.includes('.commands['));
    expect(commandKeys).toHaveLength(2 * (10 + 3 + 3));
    expect(missingTranslations(manifest, entryJson('de.json'))).toEqual([]);
    expect(entryJson('de.json')['staticTabs[1].name']).toBe('Mein Programm');
  });

  it('uses the German command words', () => {
    const german = entryJson('de.json');
    const titles = Object.entries(german)
      .filter(([key]) => key.endsWith('.title'))
      .map(([, title]) => title);
    expect(new Set(titles)).toEqual(
      new Set([
        'hilfe',
        'profil',
        'meine daten',
        'daten löschen',
        'programm',
        'matching',
        'tandems',
        'termin',
        'umfrage',
        'neuigkeit',
        'neuigkeiten status',
        'news-kanal',
        'community-kanal',
      ]),
    );
  });

  it('lists only commands the bot understands, in English and German, in each scope', () => {
    const manifest = entryJson('manifest.json') as {
      bots: Array<{ commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
    };
    const german = entryJson('de.json');
    manifest.bots[0]!.commandLists.forEach((list, listIndex) => {
      list.commands.forEach((command, commandIndex) => {
        const germanTitle = german[`bots[0].commandLists[${listIndex}].commands[${commandIndex}].title`] as string;
        for (const scope of list.scopes.map((s) => (s === 'team' ? 'channel' : s)) as ConversationScope[]) {
          expect({ scope, title: command.title, command: recogniseCommand(command.title, scope) }).toEqual({
            scope,
            title: command.title,
            command: expect.any(String),
          });
          expect({ scope, title: germanTitle, command: recogniseCommand(germanTitle, scope) }).toEqual({
            scope,
            title: germanTitle,
            command: expect.any(String),
          });
        }
      });
    });
  });

  it('keeps umlauts as UTF-8 rather than \\u escapes', () => {
    const text = entryText('de.json');
    expect(text).toContain('Führungskräfte');
    expect(text).not.toMatch(/\\u00/);
  });

  it('reports keys that point nowhere and commands without a translation', () => {
    const manifest = entryJson('manifest.json');
    const german = entryJson('de.json');
    delete german['bots[0].commandLists[1].commands[0].title'];
    expect(missingTranslations(manifest, german)).toEqual(['bots[0].commandLists[1].commands[0].title']);
    expect(unresolvedLocalizationKeys(manifest, { ...german, 'staticTabs[9].name': 'x' })).toEqual([
      'staticTabs[9].name',
    ]);
  });
});

describe('other envs', () => {
  const devEnv = (text: string): string => {
    const envDir = join(workDir, `env-${Math.random().toString(36).slice(2)}`);
    mkdirSync(envDir);
    writeFileSync(join(envDir, '.env.dev'), text);
    return envDir;
  };

  it('stop with an error naming each missing variable, and write nothing', async () => {
    const envDir = devEnv('# only the app id so far\nTEAMS_APP_ID=44444444-4444-4444-8444-444444444444\n');
    const build = buildAppPackage({ envName: 'dev', outDir: workDir, envDir, processEnv: {} });
    await expect(build).rejects.toThrow(/AAD_APP_CLIENT_ID[\s\S]*BOT_ID[\s\S]*TAB_ENDPOINT/);
    await expect(build).rejects.not.toThrow(/TEAMS_APP_ID/);
    expect(existsSync(join(workDir, 'appPackage.dev.zip'))).toBe(false);
  });

  it('refuse to write a package that fails the schema', async () => {
    const envDir = devEnv('TEAMS_APP_ID=not-a-guid\nBOT_ID=55555555-5555-4555-8555-555555555555\n');
    const processEnv = {
      AAD_APP_CLIENT_ID: '66666666-6666-4666-8666-666666666666',
      TAB_ENDPOINT: 'https://tandem.example.com',
    };
    await expect(buildAppPackage({ envName: 'dev', outDir: workDir, envDir, processEnv })).rejects.toThrow(
      /manifest\.json schema: \/id/,
    );
    expect(existsSync(join(workDir, 'appPackage.dev.zip'))).toBe(false);
  });

  it('build from the env file with process env taking precedence', async () => {
    const envDir = devEnv(
      'TEAMS_APP_ID=44444444-4444-4444-8444-444444444444\nBOT_ID=55555555-5555-4555-8555-555555555555\n' +
        'AAD_APP_CLIENT_ID=66666666-6666-4666-8666-666666666666\nTAB_ENDPOINT=https://ignored.example.com\n',
    );
    const result = await buildAppPackage({
      envName: 'dev',
      outDir: workDir,
      envDir,
      processEnv: { TAB_ENDPOINT: 'https://tandem.example.com/' },
    });
    expect(result.zipPath).toBe(join(workDir, 'appPackage.dev.zip'));
    expect(result.manifest.validDomains).toEqual(['tandem.example.com']);
    expect(resolveKeyPath(result.manifest, 'developer.privacyUrl')).toBe('https://tandem.example.com/tab/privacy.html');
  });
});
