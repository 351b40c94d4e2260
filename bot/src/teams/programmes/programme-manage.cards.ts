import type { Language } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type CardChoice, type CardLabels } from '../cards/card-template';
import { asCardText, cardLink } from '../cards/card-text';
import adminsTemplate from './programme-admins.card.json';
import materialsTemplate from './programme-materials.card.json';
import topicsTemplate from './programme-topics.card.json';

/** Input ids must be unique in a card, so each topic's rename fields carry its key. */
export const topicInputIds = (key: string) => ({ en: `en_${key}`, de: `de_${key}` });
/** The material form's "whole programme" choice (a choice needs a non-empty value). */
export const ALL_TOPICS = 'all';

/** What `programme-topics.card.json` reads: one row per topic, with its rename form and retire/restore button. */
export interface ProgrammeTopicsCardData {
  title: string;
  intro: string;
  notice: string;
  programmeId: string;
  labels: CardLabels;
  topics: Array<{
    key: string;
    programmeId: string;
    label: string;
    weight: string;
    en: string;
    de: string;
    enId: string;
    deId: string;
    renameLabel: string;
    nameEnLabel: string;
    nameDeLabel: string;
    saveLabel: string;
    toggleLabel: string;
    retireNext: string;
  }>;
}

/** The catalogue: rename, retire or restore each topic, and add new ones. */
export function programmeTopicsCard(
  t: Translate,
  language: Language,
  programme: Programme,
  notice = '',
): AdaptiveCardJson {
  return expandCard<ProgrammeTopicsCardData>(topicsTemplate, {
    title: t('programme.topics.title', { programme: asCardText(programme.name) }),
    intro: t('programme.topics.intro'),
    notice,
    programmeId: programme.id,
    labels: { ...t('programme.topics', { returnObjects: true }), back: t('programme.manage.back') },
    topics: programme.topics.map((topic) => ({
      key: topic.key,
      programmeId: programme.id,
      label: asCardText(
        topic.retired ? `${topic.names[language]} (${t('programme.topics.retired')})` : topic.names[language],
      ),
      weight: topic.retired ? 'Lighter' : 'Default',
      en: topic.names.en,
      de: topic.names.de,
      enId: topicInputIds(topic.key).en,
      deId: topicInputIds(topic.key).de,
      renameLabel: t('programme.topics.rename'),
      nameEnLabel: t('programme.topics.nameEn'),
      nameDeLabel: t('programme.topics.nameDe'),
      saveLabel: t('programme.topics.save'),
      toggleLabel: t(topic.retired ? 'programme.topics.restore' : 'programme.topics.retire'),
      retireNext: topic.retired ? 'false' : 'true',
    })),
  });
}

/** What `programme-materials.card.json` reads. */
export interface ProgrammeMaterialsCardData {
  title: string;
  intro: string;
  notice: string;
  programmeId: string;
  labels: CardLabels;
  materials: Array<{ id: string; programmeId: string; link: string; topic: string; removeLabel: string }>;
  topicChoices: CardChoice[];
  /** The toggle that puts a material into the mentor kit. */
  forMentorsLabel: string;
}

/** Briefings and links, for the whole programme or one topic. */
export function programmeMaterialsCard(
  t: Translate,
  language: Language,
  programme: Programme,
  notice = '',
): AdaptiveCardJson {
  const topicName = (key?: string) =>
    key
      ? (programme.topics.find((topic) => topic.key === key)?.names[language] ?? key)
      : t('programme.materials.allTopics');
  return expandCard<ProgrammeMaterialsCardData>(materialsTemplate, {
    title: t('programme.materials.title', { programme: asCardText(programme.name) }),
    intro: t('programme.materials.intro'),
    notice,
    programmeId: programme.id,
    labels: { ...t('programme.materials', { returnObjects: true }), back: t('programme.manage.back') },
    materials: programme.materials.map((material) => ({
      id: material.id,
      programmeId: programme.id,
      link: cardLink(material.title, material.url),
      topic: [asCardText(topicName(material.topicKey)), material.forMentors ? t('mentorKit.materials.marker') : '']
        .filter(Boolean)
        .join(' · '),
      removeLabel: t('programme.materials.remove'),
    })),
    forMentorsLabel: t('mentorKit.materials.forMentors'),
    topicChoices: [
      { title: t('programme.materials.allTopics'), value: ALL_TOPICS },
      ...activeTopics(programme.topics).map((topic) => ({ title: topic.names[language], value: topic.key })),
    ],
  });
}

/** What `programme-admins.card.json` reads. */
export interface ProgrammeAdminsCardData {
  title: string;
  intro: string;
  notice: string;
  programmeId: string;
  labels: CardLabels;
  admins: Array<{ id: string; programmeId: string; name: string; removeLabel: string }>;
}

/** The programme's admins by name, with remove buttons and a people picker to add one. */
export function programmeAdminsCard(
  t: Translate,
  programme: Programme,
  names: ReadonlyMap<string, string>,
  me: string,
  notice = '',
): AdaptiveCardJson {
  return expandCard<ProgrammeAdminsCardData>(adminsTemplate, {
    title: t('programme.admins.title', { programme: asCardText(programme.name) }),
    intro: t('programme.admins.intro'),
    notice,
    programmeId: programme.id,
    labels: { ...t('programme.admins', { returnObjects: true }), back: t('programme.manage.back') },
    admins: programme.admins.map((id) => ({
      id,
      programmeId: programme.id,
      name: `${asCardText(names.get(id) ?? id)}${id === me ? ` (${t('programme.admins.you')})` : ''}`,
      removeLabel: t('programme.admins.remove'),
    })),
  });
}
