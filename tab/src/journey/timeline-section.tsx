import {
  Badge,
  Body1,
  Caption1,
  Link,
  RatingDisplay,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Journey, TimelineEntry } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import { formatWhen } from './format';
import { Section } from './section';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '2.25rem 1fr',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  suggested: {
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
  },
  number: {
    width: '2.25rem',
    height: '2.25rem',
    borderRadius: tokens.borderRadiusCircular,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  done: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { margin: 0 },
});

const KIND_BADGE = {
  held: { appearance: 'filled', color: 'success' },
  planned: { appearance: 'tint', color: 'brand' },
  suggested: { appearance: 'outline', color: 'informative' },
} as const;

/** Meetings held and planned, then suggested slots up to the target. */
export function TimelineSection({ journey, t, language }: { journey: Journey; t: Translate; language: Language }) {
  const styles = useStyles();
  const topicName = (key?: string) => journey.topics.find((topic) => topic.key === key)?.name;
  const nothingYet = journey.meetings.held + journey.meetings.planned === 0;
  return (
    <Section id="timeline" title={t('timeline.title')}>
      {nothingYet && (
        <Body1 as="p" className={styles.hint} data-empty="timeline">
          {t(journey.viewer === 'admin' ? 'timeline.emptyAdmin' : 'timeline.empty')}
        </Body1>
      )}
      <ol className={styles.list} aria-label={t('timeline.listLabel')}>
        {journey.timeline.map((entry) => (
          <li
            key={`${entry.kind}-${entry.number}`}
            className={mergeClasses(styles.item, entry.kind === 'suggested' && styles.suggested)}
            data-kind={entry.kind}
          >
            <span className={mergeClasses(styles.number, entry.kind === 'held' && styles.done)} aria-hidden="true">
              {entry.number}
            </span>
            <EntryBody
              entry={entry}
              topic={topicName(entry.topicKey) ?? entry.ownTopic}
              t={t}
              language={language}
              target={journey.meetings.target}
            />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function EntryBody({
  entry,
  topic,
  t,
  language,
  target,
}: {
  entry: TimelineEntry;
  topic?: string;
  t: Translate;
  language: Language;
  target: number;
}) {
  const styles = useStyles();
  return (
    <div className={styles.body}>
      <div className={styles.line}>
        <Body1>
          <strong>{t('timeline.meeting', { number: entry.number, target })}</strong>
        </Body1>
        <Badge {...KIND_BADGE[entry.kind]}>{t(`timeline.kind.${entry.kind}`)}</Badge>
      </div>
      <Caption1>
        {formatWhen(entry.local, language)}
        {entry.kind !== 'suggested' && entry.format ? ` · ${t(`timeline.format.${entry.format}`)}` : ''}
        {entry.place ? ` · ${entry.place}` : ''}
      </Caption1>
      {entry.kind !== 'suggested' && (
        <Body1>
          {topic
            ? t(entry.kind === 'held' ? 'timeline.discussed' : 'timeline.agenda', { topic })
            : t('timeline.noTopic')}
        </Body1>
      )}
      {entry.rating !== undefined && (
        <div className={styles.line}>
          <Caption1>{t('timeline.yourRating')}</Caption1>
          <RatingDisplay
            value={entry.rating}
            max={5}
            size="small"
            aria-label={t('timeline.ratingLabel', { rating: entry.rating })}
          />
        </div>
      )}
      {entry.joinUrl && (
        <Link href={entry.joinUrl} target="_blank" rel="noopener noreferrer">
          {t('timeline.joinMeeting')}
        </Link>
      )}
      {entry.meetingLink && (
        <Link href={entry.meetingLink} target="_blank" rel="noopener noreferrer">
          {t('timeline.join')}
        </Link>
      )}
    </div>
  );
}
