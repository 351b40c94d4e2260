import {
  Body1,
  MessageBar,
  MessageBarBody,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Translate } from '../i18n/i18n';
import type { HostContext } from '../teams/host-context';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '42rem',
  },
  intro: { margin: 0 },
});

/** Props of {@link ConfigPage}. */
export interface ConfigPageProps {
  host: HostContext;
  t: Translate;
}

/** The setup page Teams shows when someone adds the journey tab to a group chat. */
export function ConfigPage({ host, t }: ConfigPageProps) {
  const styles = useStyles();
  return (
    <main aria-label={t('config.landmark')} className={styles.main}>
      <Title1 as="h1">{t('config.title')}</Title1>
      <Body1 as="p" className={styles.intro}>
        {t('config.intro')}
      </Body1>
      {!host.inTeams && (
        <MessageBar intent="info">
          <MessageBarBody>{t('config.notice.outsideTeams')}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
