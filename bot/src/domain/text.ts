import { z } from 'zod';

/**
 * What people type passes through here before anything is stored. Control characters (NUL, BEL,
 * ESC, backspace, C1) have no business in a name or a goal and break CSV exports, logs and
 * Table Storage; bidirectional overrides (U+202A–U+202E, U+2066–U+2069) make text read in
 * another order than it is stored, the classic way to disguise a file name or a link. Both are
 * removed; tab and line breaks stay where a field takes several lines and become spaces elsewhere.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAK = /\r\n?|[\t\n]/g;

/** The text without control characters and direction overrides; line breaks kept only for `multiLine`. */
export function cleanTypedText(text: string, options: { multiLine?: boolean } = {}): string {
  const clean = text.replace(CONTROL, '');
  return options.multiLine ? clean.replace(/\r\n?/g, '\n') : clean.replace(LINE_BREAK, ' ');
}

/**
 * The one schema for a text a person types: cleaned (see {@link cleanTypedText}), trimmed, at
 * least `min` (0 by default) and at most `max` characters.
 */
export function typedText(max: number, options: { multiLine?: boolean; min?: number } = {}) {
  return z
    .string()
    .transform((text) => cleanTypedText(text, options))
    .pipe(
      z
        .string()
        .trim()
        .min(options.min ?? 0)
        .max(max),
    );
}

/** A typed text that may be left blank: blank becomes `undefined`. */
export function optionalTypedText(max: number, options: { multiLine?: boolean } = {}) {
  return typedText(max, options)
    .optional()
    .transform((value) => value || undefined);
}

// Inside a link, whitespace and control characters are never the person's intent: the URL
// parser would silently drop or encode them, and the link would lead elsewhere than it reads.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_LINK = /[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/** Why a link is refused; `undefined` when it is fine. */
export type LinkProblem = 'link-characters' | 'invalid' | 'not-https';

/**
 * Checks a link someone pasted (surrounding spaces aside): one piece without whitespace or
 * control characters, a URL with a host, and one of `protocols` (https only by default).
 */
export function linkProblem(value: string, protocols: readonly string[] = ['https:']): LinkProblem | undefined {
  const link = value.trim();
  if (NOT_IN_LINK.test(link)) return 'link-characters';
  // Where only https will do, that is the one thing to say about any other text.
  const wrong = protocols.includes('http:') ? 'invalid' : 'not-https';
  try {
    const url = new URL(link);
    return url.hostname && protocols.includes(url.protocol) ? undefined : wrong;
  } catch {
    return wrong;
  }
}
