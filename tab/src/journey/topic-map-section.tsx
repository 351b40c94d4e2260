import { Badge, Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Journey, JourneyTopic } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { Section } from './section';

const useStyles = makeStyles({
  map: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minHeight: '4.5rem',
  },
  discussed: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  planned: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  questions: { margin: 0, fontStyle: 'italic' },
});

// Each state has its own word and mark, so the map reads the same without colour.
const STATE_BADGE = {
  discussed: { appearance: 'filled', color: 'brand', mark: '✓' },
  planned: { appearance: 'tint', color: 'brand', mark: '→' },
  wanted: { appearance: 'outline', color: 'important', mark: '★' },
  open: { appearance: 'outline', color: 'informative', mark: '' },
} as const;

/** The programme's catalogue as a map of what the pair discussed, planned and still wants. */
export function TopicMapSection({ journey, t }: { journey: Journey; t: Translate }) {
  const styles = useStyles();
  const discussed = journey.topics.filter((topic) => topic.state === 'discussed').length;
  return (
    <Section id="topics" title={t('topics.title')}>
      <Caption1>{t('topics.summary', { discussed, total: journey.topics.length })}</Caption1>
      {journey.menteeQuestions && (
        <Body1 as="p" className={styles.questions}>
          {t('topics.questions', { name: journey.mentee.name, questions: journey.menteeQuestions })}
        </Body1>
      )}
      <ul className={styles.map} aria-label={t('topics.mapLabel')}>
        {journey.topics.map((topic) => (
          <TopicTile key={topic.key} topic={topic} journey={journey} t={t} />
        ))}
      </ul>
    </Section>
  );
}

function TopicTile({ topic, journey, t }: { topic: JourneyTopic; journey: Journey; t: Translate }) {
  const styles = useStyles();
  const badge = STATE_BADGE[topic.state];
  const meetings = topic.meetings.join(', ');
  return (
    <li
      className={mergeClasses(
        styles.tile,
        topic.state === 'discussed' && styles.discussed,
        topic.state === 'planned' && styles.planned,
      )}
      data-topic={topic.key}
      data-state={topic.state}
    >
      <Body1>
        <strong>{topic.name}</strong>
      </Body1>
      <div>
        <Badge appearance={badge.appearance} color={badge.color}>
          {`${badge.mark} ${t(`topics.state.${topic.state}`)}`.trim()}
        </Badge>
      </div>
      {meetings && <Caption1>{t('topics.inMeetings', { meetings })}</Caption1>}
      {topic.offeredByMentor && <Caption1>{t('topics.offered', { name: journey.mentor.name })}</Caption1>}
      {topic.custom && <Caption1>{t('topics.custom')}</Caption1>}
    </li>
  );
}
