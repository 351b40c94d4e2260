import { Badge, Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Journey, JourneyLearning } from '../api/contract';
import type { MessageKey, Translate } from '../i18n/i18n';
import { Section } from './section';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { margin: 0 },
});

/** The viewer's own learnings and private notes, and what the pair shared. */
export function LearningsSection({ journey, t }: { journey: Journey; t: Translate }) {
  const styles = useStyles();
  const learnings = journey.learnings;
  const empty = !learnings || learnings.own.length + learnings.privateNotes.length + learnings.shared.length === 0;
  return (
    <Section id="learnings" title={t('learnings.title')}>
      {empty && (
        <Body1 as="p" className={styles.text} data-empty="learnings">
          {t('learnings.empty')}
        </Body1>
      )}
      {learnings && <Group title="learnings.own" items={learnings.own} t={t} />}
      {learnings && <Group title="learnings.private" items={learnings.privateNotes} t={t} privateNote />}
      {learnings && <Group title="learnings.shared" items={learnings.shared} t={t} />}
    </Section>
  );
}

function Group({
  title,
  items,
  t,
  privateNote,
}: {
  title: MessageKey;
  items: JourneyLearning[];
  t: Translate;
  privateNote?: boolean;
}) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div className={styles.group}>
      <Body1 as="h3" className={styles.text}>
        <strong>{t(title)}</strong>{' '}
        {privateNote && (
          <Badge appearance="outline" color="informative">
            {t('learnings.onlyYou')}
          </Badge>
        )}
      </Body1>
      <ul className={styles.list}>
        {items.map((item, index) => (
          <li key={`${item.at}-${index}`} className={styles.item}>
            <Body1 as="p" className={styles.text}>
              {item.text}
            </Body1>
            <Caption1>
              {item.meetingNumber
                ? t('learnings.byAfter', { name: item.author, number: item.meetingNumber })
                : item.author}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
