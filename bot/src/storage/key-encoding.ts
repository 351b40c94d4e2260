import { StorageError } from './storage-errors';

/** Azure Table keys may hold up to 1 KiB; we count UTF-16 code units, which is what the service limits. */
export const MAX_KEY_LENGTH = 1024;

// Azure forbids / \ # ? and control characters in PartitionKey and RowKey. We also escape our
// escape character `~`, and `%`, because some gateways URL-decode keys in the request path twice.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: Azure rejects them in keys.
const NEEDS_ESCAPE = /[/\\#?~%\u0000-\u001f\u007f-\u009f]/g;
const ESCAPED = /~([0-9A-F]{2})/g;

/**
 * Turns any id (Teams ids contain `:`, `@`, `;`, and hostile input may contain anything) into a
 * valid, reversible, still readable table key. Throws a StorageError when the result is too long.
 */
export function encodeKey(raw: string): string {
  const encoded = raw.replace(NEEDS_ESCAPE, (ch) => `~${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  if (encoded.length === 0) throw new StorageError('key-invalid', 'A table key must not be empty.');
  if (encoded.length > MAX_KEY_LENGTH) {
    throw new StorageError(
      'key-too-long',
      `A table key is ${encoded.length} characters after encoding; the limit is ${MAX_KEY_LENGTH}.`,
    );
  }
  return encoded;
}

/** Reverses encodeKey. */
export function decodeKey(encoded: string): string {
  return encoded.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Joins encoded parts with `|`, a character encodeKey never produces on its own, so the parts stay separable. */
export function compositeKey(...parts: string[]): string {
  return encodeKey(parts.map((part) => part.replace(/\|/g, '~7C')).join('|'));
}
