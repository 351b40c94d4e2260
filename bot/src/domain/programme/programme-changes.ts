import { cleanTypedText, linkProblem } from '../text';
import { fail, ok, type Result } from '../result';
import { nextStatuses, type Material, type Programme, type ProgrammeStatus } from './programme';
import { TOPIC_NAME_MAX, topicKeyFor } from './topic-catalogue';

export type ProgrammeChangeFailure =
  | 'status-not-allowed'
  | 'unknown-topic'
  | 'topic-name-invalid'
  | 'unknown-material'
  | 'material-invalid'
  | 'last-admin'
  | 'already-admin'
  | 'not-an-admin';

/** Moves the programme to its next status, if that move is allowed from where it is. */
export function changeStatus(
  programme: Programme,
  to: ProgrammeStatus,
  now: Date,
): Result<Programme, ProgrammeChangeFailure> {
  if (!nextStatuses(programme.status).includes(to)) return fail('status-not-allowed');
  return ok({ ...programme, status: to, closedAt: to === 'closed' ? now.toISOString() : programme.closedAt });
}

/** Adds a custom topic; its key is derived from the English name and never changes. */
export function addTopic(
  programme: Programme,
  names: { en: string; de: string },
): Result<Programme, ProgrammeChangeFailure> {
  const clean = cleanNames(names);
  if (!clean) return fail('topic-name-invalid');
  const topic = { key: topicKeyFor(clean.en, programme.topics), names: clean, retired: false };
  return ok({ ...programme, topics: [...programme.topics, topic] });
}

/** Renames a topic in both languages; votes and meetings refer to the key, so nothing breaks. */
export function renameTopic(
  programme: Programme,
  key: string,
  names: { en: string; de: string },
): Result<Programme, ProgrammeChangeFailure> {
  const clean = cleanNames(names);
  if (!clean) return fail('topic-name-invalid');
  return updateTopic(programme, key, (topic) => ({ ...topic, names: clean }));
}

/** Retires a topic (or brings it back): it disappears from new choices but stays in history. */
export function setTopicRetired(
  programme: Programme,
  key: string,
  retired: boolean,
): Result<Programme, ProgrammeChangeFailure> {
  return updateTopic(programme, key, (topic) => ({ ...topic, retired }));
}

/** Adds a material; the URL must be https so Teams opens it. */
export function addMaterial(programme: Programme, material: Material): Result<Programme, ProgrammeChangeFailure> {
  const title = cleanTypedText(material.title).trim();
  if (!title || title.length > TOPIC_NAME_MAX * 2 || linkProblem(material.url)) return fail('material-invalid');
  if (material.topicKey && !programme.topics.some((t) => t.key === material.topicKey)) return fail('unknown-topic');
  return ok({ ...programme, materials: [...programme.materials, { ...material, title, url: material.url.trim() }] });
}

/** Removes a material by id. */
export function removeMaterial(programme: Programme, materialId: string): Result<Programme, ProgrammeChangeFailure> {
  if (!programme.materials.some((m) => m.id === materialId)) return fail('unknown-material');
  return ok({ ...programme, materials: programme.materials.filter((m) => m.id !== materialId) });
}

/** Makes someone an admin of the programme. */
export function addAdmin(programme: Programme, aadObjectId: string): Result<Programme, ProgrammeChangeFailure> {
  if (programme.admins.includes(aadObjectId)) return fail('already-admin');
  return ok({ ...programme, admins: [...programme.admins, aadObjectId] });
}

/** Removes an admin; a programme always keeps at least one, or nobody could run it. */
export function removeAdmin(programme: Programme, aadObjectId: string): Result<Programme, ProgrammeChangeFailure> {
  if (!programme.admins.includes(aadObjectId)) return fail('not-an-admin');
  if (programme.admins.length === 1) return fail('last-admin');
  return ok({ ...programme, admins: programme.admins.filter((id) => id !== aadObjectId) });
}

function updateTopic(
  programme: Programme,
  key: string,
  change: (topic: Programme['topics'][number]) => Programme['topics'][number],
): Result<Programme, ProgrammeChangeFailure> {
  if (!programme.topics.some((t) => t.key === key)) return fail('unknown-topic');
  return ok({ ...programme, topics: programme.topics.map((topic) => (topic.key === key ? change(topic) : topic)) });
}

function cleanNames(names: { en: string; de: string }): { en: string; de: string } | undefined {
  const en = cleanTypedText(names.en).trim();
  const de = cleanTypedText(names.de).trim() || en;
  if (!en || en.length > TOPIC_NAME_MAX || de.length > TOPIC_NAME_MAX) return undefined;
  return { en, de };
}
