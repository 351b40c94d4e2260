import { cleanTypedText } from '../text';
import { fail, ok, type Result } from '../result';
import { activeTopics, type Topic } from '../programme/topic-catalogue';
import { POLL_LIMITS, type PollOption } from './poll';

/** What option drawing looks at. */
export interface DrawInput {
  catalogue: readonly Topic[];
  /** Topic keys the mentee asked for at onboarding, in their order. */
  menteeTopics: readonly string[];
  /** Topic keys already the agenda of a held meeting. */
  covered: readonly string[];
  /** Options of earlier polls that were not chosen, most recent poll first. */
  earlierNotChosen: readonly PollOption[];
  max?: number;
}

/**
 * The options of a new poll, at most `max`: first the mentee's own wishes not yet covered,
 * then what earlier polls suggested but did not choose (topics and the pair's own questions),
 * then the rest of the catalogue. Retired topics never appear; nothing appears twice.
 */
export function drawOptions(input: DrawInput): PollOption[] {
  const max = input.max ?? POLL_LIMITS.drawnMax;
  const active = new Set(activeTopics(input.catalogue).map((t) => t.key));
  const covered = new Set(input.covered);
  const candidates: PollOption[] = [
    ...input.menteeTopics.filter((key) => !covered.has(key)).map(topicOption),
    ...input.earlierNotChosen
      .filter((o) => !o.topicKey || !covered.has(o.topicKey))
      .map(({ id, topicKey, title }) => (topicKey ? topicOption(topicKey) : { id, ...(title ? { title } : {}) })),
    ...activeTopics(input.catalogue)
      .filter((t) => !covered.has(t.key))
      .map((t) => topicOption(t.key)),
  ];
  const seen = new Set<string>();
  return candidates
    .filter((option) => {
      if (seen.has(option.id) || (option.topicKey && !active.has(option.topicKey))) return false;
      seen.add(option.id);
      return true;
    })
    .slice(0, max);
}

function topicOption(topicKey: string): PollOption {
  return { id: `t-${topicKey}`, topicKey };
}

/**
 * An option the pair typed in. Its id comes from the normalised text, so the same question
 * added twice (a double click, a retried invoke, both people at once) is one option.
 */
export function ownOption(text: string, by: string, now: Date): Result<PollOption, 'invalid-input'> {
  const title = cleanTypedText(text).replace(/\s+/g, ' ').trim();
  if (title.length < POLL_LIMITS.titleMin)
    return fail('invalid-input', [{ field: 'optionTitle', code: 'too-short', limit: POLL_LIMITS.titleMin }]);
  if (title.length > POLL_LIMITS.titleMax)
    return fail('invalid-input', [{ field: 'optionTitle', code: 'too-long', limit: POLL_LIMITS.titleMax }]);
  return ok({ id: ownOptionId(title), title, addedBy: by, addedAt: now.toISOString() });
}

/** `c-` and a FNV-1a hash of the text in lower case without punctuation: stable and key-safe. */
export function ownOptionId(title: string): string {
  const normalised = title
    .toLocaleLowerCase('de-DE')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  let hash = 0x811c9dc5;
  for (const char of normalised) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `c-${hash.toString(16).padStart(8, '0')}`;
}

/** All options of a poll: the drawn ones, then the pair's own in the order they were added. */
export function allOptions(drawn: readonly PollOption[], added: readonly PollOption[]): PollOption[] {
  const ids = new Set(drawn.map((o) => o.id));
  const own = added
    .filter((o) => !ids.has(o.id))
    .sort((a, b) => (a.addedAt ?? '').localeCompare(b.addedAt ?? '') || a.id.localeCompare(b.id));
  return [...drawn, ...own];
}
