/** `${{NAME}}` as the Agents Toolkit writes placeholders (spaces inside the braces allowed). */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** JSON as parsed by JSON.parse. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The result of filling a template: the filled copy and every placeholder without a value. */
export interface FilledTemplate<T extends Json> {
  value: T;
  missing: string[];
}

/** Names of all placeholders used in string values anywhere in `value`, sorted. */
export function findPlaceholders(value: Json): string[] {
  const names = new Set<string>();
  forEachString(value, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  });
  return [...names].sort();
}

/**
 * Replaces placeholders in the parsed JSON rather than in its text, so a value containing
 * a quote or backslash can never break the JSON. Placeholders without a value stay as they
 * are and are reported in `missing`.
 */
export function fillPlaceholders<T extends Json>(
  value: T,
  variables: Readonly<Record<string, string>>,
): FilledTemplate<T> {
  const missing = new Set<string>();
  const fill = (node: Json): Json => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        const replacement = variables[name];
        if (replacement === undefined) missing.add(name);
        return replacement ?? whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  return { value: fill(value) as T, missing: [...missing].sort() };
}

/**
 * True when serialised JSON still contains `${{`: catches malformed placeholders
 * (e.g. `${{ tab-endpoint }}`) that the placeholder pattern does not recognise.
 */
export function hasUnfilledMarker(value: Json): boolean {
  return JSON.stringify(value).includes('${{');
}

function forEachString(value: Json, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((child) => forEachString(child, visit));
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((child) => forEachString(child, visit));
}
