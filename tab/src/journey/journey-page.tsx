import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MessageKey, Translate } from '../i18n/i18n';
import type { HostContext } from '../teams/host-context';

// The three parts of the journey that later iterations fill with the pair's data.
const SECTIONS = [
  { id: 'meetings', title: 'journey.meetings.title', empty: 'journey.meetings.empty' },
  { id: 'topics', title: 'journey.topics.title', empty: 'journey.topics.empty' },
  { id: 'learnings', title: 'journey.learnings.title', empty: 'journey.learnings.empty' },
] as const satisfies ReadonlyArray<{ id: string; title: MessageKey; empty: MessageKey }>;

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '60rem',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  intro: { margin: 0, maxWidth: '42rem' },
  sections: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  card: { height: '100%' },
});

/** Props of {@link JourneyPage}. */
export interface JourneyPageProps {
  host: HostContext;
  t: Translate;
}

/** The pair's journey page; for now it explains what will appear here. */
export function JourneyPage({ host, t }: JourneyPageProps) {
  const styles = useStyles();
  const notice = noticeFor(host);
  return (
    <main aria-label={t('journey.landmark')} className={styles.main}>
      <header className={styles.header}>
        <Title1 as="h1">{t('journey.title')}</Title1>
        <Body1 as="p" className={styles.intro}>
          {t('journey.intro')}
        </Body1>
      </header>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{t(notice)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.sections} aria-label={t('journey.sectionsLabel')}>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <Card className={styles.card}>
              <CardHeader
                header={<Subtitle2 as="h2">{t(section.title)}</Subtitle2>}
                description={<Caption1 as="p">{t(section.empty)}</Caption1>}
              />
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}

// The journey belongs to a pair chat; anywhere else we say where to find it.
function noticeFor(host: HostContext): MessageKey | undefined {
  if (!host.inTeams) return 'journey.notice.outsideTeams';
  if (!host.chatId) return 'journey.notice.noChat';
  return undefined;
}
