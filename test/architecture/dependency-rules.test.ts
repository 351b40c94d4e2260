import { ESLint } from 'eslint';
import path from 'node:path';

/**
 * The layering (domain ← services ← adapters ← composition root) is enforced by ESLint.
 * These cases prove the rules fire, so a config change cannot silently switch them off.
 */
const ROOT = path.join(__dirname, '../..');
// The config is passed in rather than discovered: ESLint loads config files with a dynamic
// import, which jest's module sandbox does not allow.
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') });

async function violations(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('dependency rules', () => {
  test.each([
    ['bot/src/domain/x.ts', "import { TurnContext } from 'botbuilder';\nexport type X = TurnContext;\n"],
    ['bot/src/domain/x.ts', "import { TableClient } from '@azure/data-tables';\nexport type X = TableClient;\n"],
    ['bot/src/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['bot/src/domain/x.ts', "import type { Config } from '../config';\nexport type X = Config;\n"],
    ['bot/src/domain/programme/x.ts', "import type { Logger } from '../../logger';\nexport type X = Logger;\n"],
    ['bot/src/domain/programme/x.ts', "import { translator } from '../../i18n';\nexport const x = translator;\n"],
    [
      'bot/src/domain/x.ts',
      "import type { ConversationDirectory } from '../services/conversation-directory';\nexport type X = ConversationDirectory;\n",
    ],
    ['bot/src/domain/x.ts', 'export const now = () => Date.now();\n'],
    ['bot/src/domain/x.ts', 'export const env = process.env.X;\n'],
    ['bot/src/services/x.ts', "import { TableStore } from '../storage/table-store';\nexport type X = TableStore;\n"],
    ['bot/src/services/x.ts', "import restify from 'restify';\nexport const x = restify;\n"],
    ['bot/src/storage/x.ts', "import { TurnContext } from 'botbuilder';\nexport type X = TurnContext;\n"],
    ['bot/src/teams/x.ts', "import { TableClient } from '@azure/data-tables';\nexport type X = TableClient;\n"],
    [
      'bot/src/teams/meetings/x.ts',
      "import type { ReminderScheduler } from '../../jobs/reminder-scheduler';\nexport type X = ReminderScheduler;\n",
    ],
    ['bot/src/http/x.ts', "import { TeamsAdapter } from '@microsoft/teams-ai';\nexport type X = TeamsAdapter;\n"],
  ])('%s may not: %s', async (file, source) => {
    expect(await violations(file, source)).not.toEqual([]);
  });

  test.each([
    [
      'bot/src/domain/x.ts',
      "import type { Clock } from './clock';\nexport const at = (clock: Clock) => clock.now();\n",
    ],
    ['bot/src/domain/programme/x.ts', "import type { Language } from '../language';\nexport type X = Language;\n"],
    ['bot/src/domain/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['bot/src/services/x.ts', "import type { Clock } from '../domain/clock';\nexport type X = Clock;\n"],
    ['bot/src/teams/x.ts', "import { TurnContext } from 'botbuilder';\nexport type X = TurnContext;\n"],
    [
      'bot/src/teams/meetings/x.ts',
      "import type { MeetingNotifier } from '../../services/meetings/meeting-ports';\nexport type X = MeetingNotifier;\n",
    ],
    ['bot/src/storage/x.ts', "import { TableClient } from '@azure/data-tables';\nexport type X = TableClient;\n"],
  ])('%s may: %s', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
});
