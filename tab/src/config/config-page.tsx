import { useEffect } from 'react';
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import type { Translate } from '../i18n/i18n';
import { LoadingState } from '../shell/page-states';
import { enableJourneyTabSave, refuseJourneyTabSave } from '../teams/chat-tab-config';
import type { HostContext } from '../teams/host-context';

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '42rem' },
  intro: { margin: 0 },
});

/** Props of {@link ConfigPage}. */
export interface ConfigPageProps {
  host: HostContext;
  t: Translate;
}

/**
 * The setup page Teams shows when someone adds the journey tab to a group chat. Save is enabled
 * only in a chat Tandem has bound to a pair, for a member of that pair; anywhere else it says why.
 */
export function ConfigPage({ host, t }: ConfigPageProps) {
  const styles = useStyles();
  const path = host.inTeams && host.chatId ? `/api/journey/chat/${encodeURIComponent(host.chatId)}` : undefined;
  const resource = useResource<Journey>(host, path);
  const verdict = !host.inTeams
    ? 'outside'
    : !path
      ? 'no-chat'
      : !isLoaded(resource)
        ? 'checking'
        : resource.ok
          ? 'pair'
          : resource.status === 403
            ? 'not-member'
            : 'not-pair';

  useEffect(() => {
    if (verdict === 'pair') enableJourneyTabSave(t('config.tabName'));
    else if (verdict !== 'checking' && verdict !== 'outside') refuseJourneyTabSave();
  }, [verdict, t]);

  return (
    <main aria-label={t('config.landmark')} className={styles.main} data-verdict={verdict}>
      <Title1 as="h1">{t('config.title')}</Title1>
      <Body1 as="p" className={styles.intro}>
        {t('config.intro')}
      </Body1>
      {verdict === 'checking' && <LoadingState t={t} />}
      {verdict === 'pair' && isLoaded(resource) && resource.ok && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t('config.ready.title')}</MessageBarTitle>
            {t('config.ready.text', {
              mentor: resource.value.mentor.name,
              mentee: resource.value.mentee.name,
              tabName: t('config.tabName'),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {(verdict === 'not-pair' || verdict === 'no-chat' || verdict === 'not-member') && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('config.refused.title')}</MessageBarTitle>
            {t(verdict === 'not-member' ? 'config.refused.notMember' : 'config.refused.notPair')}
          </MessageBarBody>
        </MessageBar>
      )}
      {verdict === 'outside' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('config.notice.outsideTeams')}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
