import type { MeetingFeedback } from '../../domain/feedback/meeting-feedback';
import type { Meeting } from '../../domain/meetings';
import type { Programme } from '../../domain/programme/programme';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { FieldIssue } from '../../domain/result';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson, type FormCardData } from '../cards/card-template';
import { fieldErrors } from '../cards/field-errors';
import template from './feedback-form.card.json';

const FIELDS = ['rating', 'topicsCovered', 'learning', 'privateNote'] as const;

/** What the card shows: the meeting, the catalogue, and either the saved feedback or what was typed. */
export interface FeedbackCardInput {
  meeting: Meeting;
  programme: Programme;
  language: 'en' | 'de';
  saved?: MeetingFeedback;
  entered?: Record<string, unknown>;
  issues?: FieldIssue[];
  summary?: string;
}

/** What `feedback-form.card.json` reads. */
export interface FeedbackCardData extends FormCardData {
  title: string;
  intro: string;
  status: string;
  ratings: Array<{ value: string; title: string }>;
  topics: Array<{ key: string; name: string }>;
  submitLabel: string;
  programmeId: string;
  pairId: string;
  meetingId: string;
}

/**
 * The private feedback card after a held meeting, in the author's personal chat. Topics start
 * from the meeting's agenda; once saved it shows the saved answers and can be edited.
 */
export function feedbackCard(t: Translate, input: FeedbackCardInput): AdaptiveCardJson {
  const { meeting, saved } = input;
  return expandCard<FeedbackCardData>(template, {
    title: t('feedback.title', { number: meeting.number }),
    intro: t('feedback.intro'),
    status: saved && !input.issues ? t('feedback.saved') : '',
    summary: input.summary ?? (input.issues?.length ? t('validation.summary') : ''),
    requiredMessage: t('validation.required'),
    labels: { ...t('feedback.labels', { returnObjects: true }), ...creditLabels(t) },
    ratings: [1, 2, 3, 4, 5].map((value) => ({ value: String(value), title: t(`feedback.ratings.${value}`) })),
    topics: activeTopics(input.programme.topics).map((topic) => ({
      key: topic.key,
      name: topic.names[input.language],
    })),
    values: valuesOf(input),
    errors: { ...Object.fromEntries(FIELDS.map((f) => [f, ''])), ...fieldErrors(t, input.issues) },
    submitLabel: saved ? t('feedback.update') : t('feedback.submit'),
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
  });
}

function valuesOf(input: FeedbackCardInput): Record<string, string> {
  if (input.entered) {
    const text = (key: string) => (typeof input.entered?.[key] === 'string' ? (input.entered[key] as string) : '');
    return {
      rating: text('rating'),
      topicsCovered: text('topicsCovered'),
      learning: text('learning'),
      privateNote: text('privateNote'),
      shareAsGoodPractice: text('shareAsGoodPractice') || 'false',
      practiceCredit: text('practiceCredit') || 'anonymous',
      practiceOnDeletion: text('practiceOnDeletion') || 'remove',
    };
  }
  const saved = input.saved;
  const agenda = input.meeting.agenda?.topicKey ? [input.meeting.agenda.topicKey] : [];
  return {
    rating: saved ? String(saved.rating) : '',
    topicsCovered: (saved?.topicsCovered ?? agenda).join(','),
    learning: saved?.learning ?? '',
    privateNote: saved?.privateNote ?? '',
    shareAsGoodPractice: String(saved?.shareAsGoodPractice ?? false),
    practiceCredit: saved?.practiceCredit ?? 'anonymous',
    practiceOnDeletion: saved?.practiceOnDeletion ?? 'remove',
  };
}

/** The credit choices of a shared learning, worded as on the `share a practice` form. */
function creditLabels(t: Translate) {
  const labels = t('goodPractices.share.labels', { returnObjects: true }) as Record<string, string>;
  const { credit, anonymous, named, onDeletion, remove, anonymise } = labels;
  return { credit, anonymous, named, onDeletion, remove, anonymise };
}
