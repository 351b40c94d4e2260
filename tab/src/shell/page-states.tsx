import { Body1, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey, Translate } from '../i18n/i18n';

const useStyles = makeStyles({
  state: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '36rem',
    padding: tokens.spacingVerticalXXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { margin: 0 },
});

/** While the API answers. */
export function LoadingState({ t }: { t: Translate }) {
  return <Spinner label={t('state.loading')} labelPosition="below" />;
}

/** Why there is nothing to show, per HTTP status: a sentence that says what to do next. */
export function FailureState({ t, status }: { t: Translate; status: number }) {
  const key: { title: MessageKey; text: MessageKey } =
    status === 403
      ? { title: 'state.denied.title', text: 'state.denied.text' }
      : status === 401
        ? { title: 'state.signIn.title', text: 'state.signIn.text' }
        : status === 404
          ? { title: 'state.notFound.title', text: 'state.notFound.text' }
          : { title: 'state.error.title', text: 'state.error.text' };
  return <MessageState t={t} title={key.title} text={key.text} role={status === 403 ? 'alert' : undefined} />;
}

/** A titled explanation in a calm panel (empty states, refusals). */
export function MessageState({
  t,
  title,
  text,
  role,
}: {
  t: Translate;
  title: MessageKey;
  text: MessageKey;
  role?: 'alert' | 'status';
}) {
  const styles = useStyles();
  return (
    <div className={styles.state} role={role} data-state={title}>
      <Subtitle1 as="h2">{t(title)}</Subtitle1>
      <Body1 as="p" className={styles.text}>
        {t(text)}
      </Body1>
    </div>
  );
}
