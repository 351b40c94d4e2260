import { Body1, Caption1, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import type { Language, Translate } from '../i18n/i18n';
import type { HostContext } from '../teams/host-context';
import { formatDate } from './format';
import { LearningsSection } from './learnings-section';
import { MaterialsSection } from './materials-section';
import { PollSection } from './poll-section';
import { PracticesSection } from './practices-section';
import { ProgressSection } from './progress-section';
import { TimelineSection } from './timeline-section';
import { TopicMapSection } from './topic-map-section';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  text: { margin: 0 },
  // Two columns on wide tabs (meetings beside poll, learnings and materials), one on phones.
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  main: { flex: '3 1 26rem', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  side: { flex: '2 1 18rem', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Props of {@link JourneyView}. */
export interface JourneyViewProps {
  journey: Journey;
  t: Translate;
  language: Language;
  host: HostContext;
  /** `h2` inside a page that has its own `h1` (the personal tab). */
  titleAs?: 'h1' | 'h2';
}

/** A pair's whole journey: who, progress, timeline, topics, poll, learnings, materials. */
export function JourneyView({ journey, t, language, host, titleAs = 'h1' }: JourneyViewProps) {
  const styles = useStyles();
  const admin = journey.viewer === 'admin';
  return (
    <div className={styles.view} data-viewer={journey.viewer}>
      <header className={styles.header}>
        <Title2 as={titleAs}>{t('journey.pair', { mentor: journey.mentor.name, mentee: journey.mentee.name })}</Title2>
        <Body1 as="p" className={styles.text}>
          {t('journey.roles', {
            mentor: journey.mentor.name,
            mentorDepartment: journey.mentor.department,
            mentee: journey.mentee.name,
            menteeDepartment: journey.mentee.department,
          })}
        </Body1>
        <Caption1>
          {t('journey.programme', {
            name: journey.programme.name,
            start: formatDate(journey.programme.startDate, language),
            end: formatDate(journey.programme.endDate, language),
          })}
        </Caption1>
      </header>
      {admin && (
        <MessageBar intent="info">
          <MessageBarBody>{t('journey.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <ProgressSection journey={journey} t={t} />
      <div className={styles.columns}>
        <div className={styles.main}>
          <TimelineSection journey={journey} t={t} language={language} />
        </div>
        <div className={styles.side}>
          {!admin && <PollSection journey={journey} t={t} host={host} />}
          {!admin && <LearningsSection journey={journey} t={t} />}
          <MaterialsSection journey={journey} t={t} />
          <PracticesSection journey={journey} t={t} />
        </div>
      </div>
      <TopicMapSection journey={journey} t={t} />
    </div>
  );
}
