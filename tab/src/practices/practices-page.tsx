import { useEffect, useMemo, useState } from 'react';
import { Body1, Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { LibraryPractice, PracticeLibraryView } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import { postAction } from '../api/tandem-api';
import type { Translate } from '../i18n/i18n';
import { Section } from '../journey/section';
import { FailureState, LoadingState } from '../shell/page-states';
import type { HostContext } from '../teams/host-context';
import { PracticeList } from './practice-list';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { flexBasis: '12rem', flexGrow: 1, minWidth: 0 },
  text: { margin: 0 },
});

/** Whether a practice matches the chosen topic and every word searched for (in its title or text). */
function matches(practice: LibraryPractice, topic: string, search: string): boolean {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${practice.title}\n${practice.text}`.toLocaleLowerCase();
  return (!topic || practice.topics.some((t) => t.key === topic)) && words.every((w) => haystack.includes(w));
}

/**
 * The Good practices page of the personal tab: the published practices of one's programmes,
 * newest first, filtered by topic and searched; one's own practices marked, and withdrawable.
 */
export function PracticesPage({ host, t }: { host: HostContext; t: Translate }) {
  const styles = useStyles();
  const library = useResource<PracticeLibraryView>(host, '/api/good-practices');
  const [topic, setTopic] = useState('');
  const [search, setSearch] = useState('');
  const [withdrawn, setWithdrawn] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => setWithdrawn([]), [library]);
  const practices = useMemo(
    () => (isLoaded(library) && library.ok ? library.value.practices.filter((p) => !withdrawn.includes(p.id)) : []),
    [library, withdrawn],
  );
  if (!isLoaded(library)) return <LoadingState t={t} />;
  if (!library.ok) return <FailureState t={t} status={library.status} />;
  const shown = practices.filter((p) => matches(p, topic, search));
  const withdraw = async (practice: LibraryPractice) => {
    const path = `/api/good-practices/${practice.programmeId}/${encodeURIComponent(practice.id)}/withdraw`;
    const result = await postAction(host, path);
    setFailed(!result.ok);
    if (result.ok) setWithdrawn((ids) => [...ids, practice.id]);
  };
  return (
    <Section id="practices" title={t('practices.title')}>
      <Body1 as="p" className={styles.text}>
        {t('practices.intro')}
      </Body1>
      <div className={styles.filters}>
        <Field label={t('practices.topic')} className={styles.field}>
          <Select value={topic} onChange={(_, data) => setTopic(data.value)} data-filter="topic">
            <option value="">{t('practices.allTopics')}</option>
            {library.value.topics.map((option) => (
              <option key={option.key} value={option.key}>
                {option.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('practices.search')} className={styles.field}>
          <SearchBox value={search} onChange={(_, data) => setSearch(data.value)} data-filter="search" />
        </Field>
      </div>
      {failed && (
        <Body1 as="p" role="alert" className={styles.text}>
          {t('practices.withdrawFailed')}
        </Body1>
      )}
      <PracticeList
        practices={shown}
        t={t}
        empty={practices.length === 0 ? 'practices.empty' : 'practices.noMatch'}
        emptyId="practices"
        onWithdraw={withdraw}
      />
    </Section>
  );
}
