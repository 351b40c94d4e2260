import type { Json } from './fill-template';

/** Keys of a localization file that are not manifest paths. */
const NON_PATH_KEYS = new Set(['$schema', 'localizationKeys']);

/**
 * Resolves a localization key such as `bots[0].commandLists[1].commands[2].title` against
 * the manifest. Returns undefined when any step of the path does not exist.
 */
export function resolveKeyPath(document: Json, key: string): Json | undefined {
  let node: Json | undefined = document;
  for (const [, property, index] of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (index !== undefined) node = Array.isArray(node) ? node[Number(index)] : undefined;
    else node = Array.isArray(node) ? undefined : node[property ?? ''];
  }
  return node;
}

/**
 * Localization keys that point nowhere or at something other than a string. Teams ignores
 * such keys silently, so a translation would vanish after a command is reordered.
 */
export function unresolvedLocalizationKeys(manifest: Json, localization: Record<string, Json>): string[] {
  return Object.keys(localization)
    .filter((key) => !NON_PATH_KEYS.has(key))
    .filter((key) => typeof resolveKeyPath(manifest, key) !== 'string');
}

/**
 * The keys of every user-visible manifest string Tandem localizes: name, descriptions,
 * static tab names, and bot command titles and descriptions.
 */
export function localizableKeys(manifest: Json): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter(
    (key) => typeof resolveKeyPath(manifest, key) === 'string',
  );
  arrayAt(manifest, 'staticTabs').forEach((tab, i) => {
    if (typeof resolveKeyPath(tab, 'name') === 'string') keys.push(`staticTabs[${i}].name`);
  });
  arrayAt(manifest, 'bots').forEach((bot, b) => {
    arrayAt(bot, 'commandLists').forEach((list, l) => {
      arrayAt(list, 'commands').forEach((command, c) => {
        for (const field of ['title', 'description']) {
          if (typeof resolveKeyPath(command, field) === 'string')
            keys.push(`bots[${b}].commandLists[${l}].commands[${c}].${field}`);
        }
      });
    });
  });
  return keys;
}

/** Localizable manifest strings that have no (non-empty) translation. */
export function missingTranslations(manifest: Json, localization: Record<string, Json>): string[] {
  return localizableKeys(manifest).filter((key) => {
    const translated = localization[key];
    return typeof translated !== 'string' || translated.trim() === '';
  });
}

function arrayAt(node: Json, key: string): Json[] {
  const value = resolveKeyPath(node, key);
  return Array.isArray(value) ? value : [];
}
