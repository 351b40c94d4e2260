import { useState } from 'react';
import { Body1, Checkbox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LibraryPractice, PracticeLibraryView } from '../api/contract';
import { isLoaded, useResource } from '../api/use-resource';
import type { Translate } from '../i18n/i18n';
import { PracticeItem } from '../practices/practice-item';
import type { HostContext } from '../teams/host-context';

/** How many of the newest published practices the report starts with ticked. */
export const PRACTICES_PRESELECTED = 3;

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  entry: { breakInside: 'avoid' },
  // Left out of the printout, and shown faded on screen so HR sees what will not be printed.
  unselected: { opacity: 0.55, '@media print': { display: 'none' } },
  tick: { '@media print': { display: 'none' } },
  hint: { margin: 0, '@media print': { display: 'none' } },
  none: { margin: 0 },
});

/**
 * The programme's published good practices for the report: HR ticks the ones the sponsor
 * should read (the newest three to start with); only the ticked ones are printed.
 */
export function ReportPractices({ host, t, programmeId }: { host: HostContext; t: Translate; programmeId: string }) {
  const library = useResource<PracticeLibraryView>(host, '/api/good-practices');
  const published = isLoaded(library) && library.ok ? publishedIn(library.value.practices, programmeId) : [];
  const [chosen, setChosen] = useState<Set<string> | undefined>(undefined);
  const styles = useStyles();
  if (!isLoaded(library)) return null;
  const selected = chosen ?? new Set(published.slice(0, PRACTICES_PRESELECTED).map((p) => p.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  if (published.length === 0)
    return (
      <Body1 as="p" className={styles.none}>
        {t('report.practices.none')}
      </Body1>
    );
  return (
    <>
      <Body1 as="p" className={styles.hint}>
        {t('report.practices.choose')}
      </Body1>
      <ul className={styles.list}>
        {published.map((practice) => (
          <PracticeItem
            key={practice.id}
            practice={practice}
            t={t}
            className={mergeClasses(styles.entry, !selected.has(practice.id) && styles.unselected)}
            control={
              <Checkbox
                className={styles.tick}
                label={t('report.practices.include')}
                checked={selected.has(practice.id)}
                onChange={(_, data) => toggle(practice.id, data.checked === true)}
              />
            }
          />
        ))}
      </ul>
    </>
  );
}

/** The programme's published practices, newest first. */
function publishedIn(practices: readonly LibraryPractice[], programmeId: string): LibraryPractice[] {
  return practices
    .filter((p) => p.programmeId === programmeId && p.status === 'published')
    .sort((a, b) => b.at.localeCompare(a.at));
}
