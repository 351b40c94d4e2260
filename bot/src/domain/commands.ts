import { cleanTypedText } from './text';
import type { ConversationScope } from './conversation-scope';

/** The typed commands Tandem understands. Features add theirs here so `help` lists them. */
export const COMMANDS = [
  { id: 'help', words: ['help', 'hilfe', '?'], scopes: ['personal', 'groupChat', 'channel'] },
  { id: 'programme', words: ['programme', 'program', 'programm'], scopes: ['personal'] },
  { id: 'match', words: ['match', 'matching'], scopes: ['personal'] },
  { id: 'pairs', words: ['pairs', 'tandems'], scopes: ['personal'] },
  { id: 'dashboard', words: ['dashboard', 'übersicht', 'uebersicht'], scopes: ['personal'] },
  { id: 'schedule', words: ['schedule', 'termin', 'treffen planen'], scopes: ['groupChat', 'personal'] },
  { id: 'poll', words: ['poll', 'umfrage', 'topic poll', 'themenumfrage'], scopes: ['groupChat'] },
  { id: 'profile', words: ['profile', 'profil', 'my profile', 'mein profil'], scopes: ['personal'] },
  { id: 'myData', words: ['my data', 'meine daten'], scopes: ['personal'] },
  { id: 'deleteMyData', words: ['delete my data', 'daten löschen', 'meine daten löschen'], scopes: ['personal'] },
  { id: 'news', words: ['news', 'neuigkeit', 'neuigkeiten'], scopes: ['personal'] },
  { id: 'newsStatus', words: ['news status', 'neuigkeiten status', 'neuigkeiten-status'], scopes: ['personal'] },
  { id: 'briefing', words: ['briefing', 'plan briefing', 'briefing planen'], scopes: ['personal'] },
  {
    id: 'newsChannel',
    words: ['news channel', 'news-kanal', 'news kanal', 'newskanal', 'neuigkeiten-kanal'],
    scopes: ['channel'],
  },
  { id: 'sharePractice', words: ['share a practice', 'praxis teilen'], scopes: ['personal'] },
  { id: 'goodPractices', words: ['good practices', 'gute beispiele'], scopes: ['personal'] },
  {
    id: 'communityChannel',
    words: ['community channel', 'community-kanal', 'community kanal', 'mentoren-kanal'],
    scopes: ['channel'],
  },
  {
    id: 'mentorKit',
    words: ['mentor kit', 'mentor-kit', 'mentoring kit', 'mentoren-kit', 'mentoren kit', 'mentorenkit'],
    scopes: ['personal'],
  },
  { id: 'coach', words: ['coach', 'coach fragen', 'ask the coach', 'ask coach'], scopes: ['personal'] },
] as const satisfies readonly CommandDefinition[];

export interface CommandDefinition {
  id: string;
  /** Every spelling, in any language: a German speaker typing `help` is still understood. */
  words: readonly string[];
  scopes: readonly ConversationScope[];
}

export type CommandId = (typeof COMMANDS)[number]['id'];

/**
 * Reduces what a person typed to the bare command text: removes `<at>…</at>` mentions that
 * Teams adds in group chats and channels, HTML tags and entities, surrounding punctuation,
 * repeated spaces and case.
 */
export function normaliseCommandText(text: string | undefined | null): string {
  return plainText(text)
    .replace(/^[/!]+/, '')
    .replace(/[.!]+$/, '')
    .trim()
    .toLocaleLowerCase('de-DE');
}

/** What a person typed, without mentions, markup, control characters and repeated white space; case is kept. */
export function plainText(text: string | undefined | null): string {
  return cleanTypedText(text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The command a text asks for in this scope, or undefined. */
export function recogniseCommand(text: string | undefined | null, scope: ConversationScope): CommandId | undefined {
  const normalised = normaliseCommandText(text);
  const match = COMMANDS.find(
    (command) =>
      (command.scopes as readonly ConversationScope[]).includes(scope) &&
      (command.words as readonly string[]).includes(normalised),
  );
  return match?.id;
}

/**
 * A command typed where it does not apply (`poll` in the personal chat): where it works
 * instead, so the answer can send the person there rather than claim not to know it.
 */
export function commandElsewhere(
  text: string | undefined | null,
  scope: ConversationScope,
): { id: CommandId; scopes: readonly ConversationScope[] } | undefined {
  if (recogniseCommand(text, scope)) return undefined;
  const normalised = normaliseCommandText(text);
  const match = COMMANDS.find((command) => (command.words as readonly string[]).includes(normalised));
  return match && { id: match.id, scopes: match.scopes };
}

/** The commands available in a scope, in the order they are declared. */
export function commandsFor(scope: ConversationScope): readonly CommandDefinition[] {
  return COMMANDS.filter((command) => (command.scopes as readonly ConversationScope[]).includes(scope));
}
