import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Translate } from '../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../bot/src/teams/cards/card-template';
import { DASHBOARD_RENDERINGS } from './renderings/dashboard';
import { MEETINGS_RENDERINGS } from './renderings/meetings';
import { MENTOR_TEAM_RENDERINGS } from './renderings/mentor-team';
import { NEWS_RENDERINGS } from './renderings/news';
import { BRIEFINGS_RENDERINGS } from './renderings/briefings';
import { PAIRS_RENDERINGS } from './renderings/pairs';
import { PEOPLE_RENDERINGS } from './renderings/people';
import { GOOD_PRACTICE_RENDERINGS } from './renderings/good-practices';

/** Every card template, rendered every way the bot can send it, in the language `t` speaks. */
export const RENDERINGS: Record<string, Array<(t: Translate) => AdaptiveCardJson>> = {
  ...PEOPLE_RENDERINGS,
  ...PAIRS_RENDERINGS,
  ...MEETINGS_RENDERINGS,
  ...NEWS_RENDERINGS,
  ...DASHBOARD_RENDERINGS,
  ...BRIEFINGS_RENDERINGS,
  ...MENTOR_TEAM_RENDERINGS,
  ...GOOD_PRACTICE_RENDERINGS,
};

/** The folder the `RENDERINGS` keys are relative to. */
export const TEAMS_DIR = path.join(__dirname, '../../../bot/src/teams');

/** Every `*.card.json` under `dir`, relative to `TEAMS_DIR` with forward slashes. */
export function cardTemplates(dir = TEAMS_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return cardTemplates(full);
    return name.endsWith('.card.json') ? [path.relative(TEAMS_DIR, full).split(path.sep).join('/')] : [];
  });
}
