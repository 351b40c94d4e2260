import type { Meeting } from '../../domain/meetings';
import type { Material } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';

/**
 * The agenda lines under a reminder: the topic and the programme's materials for it (links HR
 * configured for that topic), so the mentor can prepare. Empty while no topic is decided.
 */
export function agendaText(t: Translate, meeting: Meeting, materials: readonly Material[]): string {
  if (!meeting.agenda) return '';
  const lines = [t('polls.agenda', { topic: meeting.agenda.titles[languageOfTranslate(t)] })];
  const links = materials.filter((m) => meeting.agenda?.topicKey && m.topicKey === meeting.agenda.topicKey).map((m) => `[${m.title}](${m.url})`);
  if (links.length > 0) lines.push(t('polls.materials', { links: links.join(', ') }));
  return `\n\n${lines.join('\n\n')}`;
}
