import type { Language } from '../language';

/** A topic of a programme's catalogue. Keys never change, so old meetings and votes keep their meaning. */
export interface Topic {
  key: string;
  names: Record<Language, string>;
  retired: boolean;
}

/** The default catalogue of a reverse-mentoring programme (see PRODUCT.md). */
export const DEFAULT_TOPICS: readonly Topic[] = [
  topic('collaboration-tools', 'Collaboration and communication tools', 'Kollaborations- und Kommunikations-Tools'),
  topic('online-resources', 'Online resources and sources', 'Ressourcen und Quellen im Netz'),
  topic('artificial-intelligence', 'Artificial intelligence', 'Künstliche Intelligenz'),
  topic('big-data', 'Big data', 'Big Data'),
  topic('agile-organisation', 'Agile organisations', 'Agile Organisationen'),
  topic('digital-reputation', 'Building a digital reputation', 'Aufbau einer digitalen Reputation'),
  topic('digital-networking', 'Digital networking', 'Digitale Vernetzung'),
  topic('digital-leadership', 'Digital business leadership', 'Digital Business Leadership'),
  topic('error-culture', 'Error culture', 'Fehlerkultur'),
];

function topic(key: string, en: string, de: string): Topic {
  return { key, names: { en, de }, retired: false };
}

export const TOPIC_NAME_MAX = 80;

/** A stable key for a new topic, derived from its English name and unique in the catalogue. */
export function topicKeyFor(name: string, existing: readonly Topic[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'topic';
  const taken = new Set(existing.map((t) => t.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The topics people can still choose (retired ones stay for history). */
export function activeTopics(topics: readonly Topic[]): Topic[] {
  return topics.filter((t) => !t.retired);
}
