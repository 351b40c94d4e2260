import { nextStatuses, type Programme, type ProgrammeStatus } from '../../domain/programme/programme';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format-date-time';
import { expandCard, type AdaptiveCardJson, type CardFact } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import template from './programme-overview.card.json';

/** What `programme-overview.card.json` reads; each move carries the programme id, as `$root` is out of reach there. */
export interface ProgrammeOverviewCardData {
  name: string;
  notice: string;
  programmeId: string;
  labels: { edit: string; new: string; topics: string; materials: string; admins: string };
  moves: Array<{ title: string; to: ProgrammeStatus; programmeId: string }>;
  facts: CardFact[];
}

/** A programme at a glance for HR, with the next status moves as buttons. */
export function programmeOverviewCard(t: Translate, programme: Programme, notice = ''): AdaptiveCardJson {
  const none = t('programme.overview.none');
  // The template needs the programme id inside each repeated move, where `$root` is not in scope.
  const moves = nextStatuses(programme.status).map((to) => ({
    title: programme.status === 'matching' && to === 'enrolling' ? t('programme.reopen') : t(`programme.move.${to}`),
    to,
    programmeId: programme.id,
  }));
  return expandCard<ProgrammeOverviewCardData>(template, {
    name: asCardText(programme.name),
    notice,
    programmeId: programme.id,
    labels: {
      edit: t('programme.overview.edit'),
      new: t('programme.overview.new'),
      topics: t('programme.manage.topics'),
      materials: t('programme.manage.materials'),
      admins: t('programme.manage.admins'),
    },
    moves,
    facts: [
      { title: t('programme.overview.status'), value: t(`programme.status.${programme.status}`) },
      {
        title: t('programme.overview.period'),
        value: t('programme.overview.periodValue', {
          start: formatCalendarDate(programme.startDate, languageOfTranslate(t)),
          end: formatCalendarDate(programme.endDate, languageOfTranslate(t)),
        }),
      },
      { title: t('programme.overview.meetingsTarget'), value: String(programme.meetingsTarget) },
      {
        title: t('programme.overview.languages'),
        value: programme.languages.map((l) => t(`programme.languageNames.${l}`)).join(', '),
      },
      {
        title: t('programme.overview.topics'),
        value: t('programme.overview.topicsValue', { active: activeTopics(programme.topics).length }),
      },
      {
        title: t('programme.overview.sponsor'),
        value: programme.sponsor
          ? asCardText(`${programme.sponsor.name}${programme.sponsor.role ? `, ${programme.sponsor.role}` : ''}`)
          : none,
      },
      {
        title: t('programme.overview.coach'),
        value: programme.coach ? asCardText(`${programme.coach.name} (${programme.coach.email})`) : none,
      },
      { title: t('programme.overview.admins'), value: String(programme.admins.length) },
    ],
  });
}
