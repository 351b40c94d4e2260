import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey } from '../api/contract';
import type { Translate } from '../i18n/i18n';
import { openInTeams } from '../teams/open-link';
import type { HostContext } from '../teams/host-context';
import { Section } from './section';

const useStyles = makeStyles({
  options: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { margin: 0 },
});

/** The pair chat in Teams, for the button that takes people to the poll card. */
export function chatLink(chatId: string): string {
  return `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/conversations`;
}

/** The open topic poll with who voted for what, or how a poll starts. */
export function PollSection({ journey, t, host }: { journey: Journey; t: Translate; host: HostContext }) {
  const styles = useStyles();
  const poll = journey.poll;
  // Inside the pair chat the poll card is right below; elsewhere a button opens the chat.
  const openChat = journey.chatId && host.chatId !== journey.chatId ? chatLink(journey.chatId) : undefined;
  return (
    <Section
      id="poll"
      title={poll?.meetingNumber ? t('poll.titleFor', { number: poll.meetingNumber }) : t('poll.title')}
    >
      {!poll && (
        <Body1 as="p" className={styles.text} data-empty="poll">
          {t('poll.empty')}
        </Body1>
      )}
      {poll && (
        <ul className={styles.options} aria-label={t('poll.optionsLabel')}>
          {poll.options.map((option) => (
            <li key={option.topicKey ?? option.label} className={styles.option}>
              <Body1>
                <strong>{option.label}</strong>
              </Body1>
              <Caption1>
                {option.voters.length
                  ? t('poll.votes', { count: option.voters.length, names: option.voters.join(', ') })
                  : t('poll.noVotes')}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {poll && (
        <Caption1>
          {poll.voted.length ? t('poll.voted', { names: poll.voted.join(', ') }) : t('poll.nobodyVoted')}
        </Caption1>
      )}
      {openChat && (
        <div>
          <Button appearance="primary" onClick={() => openInTeams(host, openChat)}>
            {t('poll.openChat')}
          </Button>
        </div>
      )}
    </Section>
  );
}
