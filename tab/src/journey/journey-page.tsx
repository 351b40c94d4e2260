import { makeStyles, tokens } from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import { pickLanguage, type Translate } from '../i18n/i18n';
import { FailureState, LoadingState, MessageState } from '../shell/page-states';
import type { HostContext } from '../teams/host-context';
import { JourneyView } from './journey-view';

const useStyles = makeStyles({
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '72rem', margin: '0 auto' },
});

/** Props of {@link JourneyPage}. */
export interface JourneyPageProps {
  host: HostContext;
  t: Translate;
}

/** The journey tab pinned in a pair chat: the journey of the pair bound to this chat. */
export function JourneyPage({ host, t }: JourneyPageProps) {
  const styles = useStyles();
  const path = host.chatId ? `/api/journey/chat/${encodeURIComponent(host.chatId)}` : undefined;
  const resource = useResource<Journey>(host, path);
  return (
    <main aria-label={t('journey.landmark')} className={styles.main} aria-busy={!!path && !isLoaded(resource)}>
      {!host.chatId ? (
        <MessageState
          t={t}
          title="journey.noChat.title"
          text={host.inTeams ? 'journey.noChat.text' : 'journey.notice.outsideTeams'}
        />
      ) : !isLoaded(resource) ? (
        <LoadingState t={t} />
      ) : resource.ok ? (
        <JourneyView journey={resource.value} t={t} language={pickLanguage(host.locale)} host={host} />
      ) : (
        <FailureState t={t} status={resource.status} />
      )}
    </main>
  );
}
