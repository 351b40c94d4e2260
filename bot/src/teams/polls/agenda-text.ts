import type { Meeting } from '../../domain/meetings';
import type { Material } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';
import { asCardText, cardLink } from '../cards/card-text';

/**
 * The agenda lines under a reminder: the topic and the programme's materials for it (links HR
 * configured for that topic), so the mentor can prepare. Empty while no topic is decided.
 */
export function agendaText(t: Translate, meeting: Meeting, materials: readonly Material[]): string {
  if (!meeting.agenda) return '';
  const lines = [
    t('polls.agenda', { topic: asCardText(meeting.agenda.titles[languageOfTranslate(t)]) }),
    materialsText(t, meeting, materials),
  ].filter(Boolean);
  return `\n\n${lines.join('\n\n')}`;
}

/** "Materials: [title](url), …" for the meeting's decided topic; empty without a topic or materials for it. */
export function materialsText(t: Translate, meeting: Meeting, materials: readonly Material[]): string {
  const links = materials
    .filter((m) => meeting.agenda?.topicKey && m.topicKey === meeting.agenda.topicKey)
    .map((m) => cardLink(m.title, m.url));
  return links.length > 0 ? t('polls.materials', { links: links.join(', ') }) : '';
}
