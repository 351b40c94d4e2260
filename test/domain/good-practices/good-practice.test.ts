import {
  afterAuthorDeletion,
  afterRetention,
  creditOf,
  type GoodPractice,
} from '../../../bot/src/domain/good-practices/good-practice';
import {
  approvePractice,
  libraryView,
  pageOf,
  parsePracticeEdit,
  publishPractice,
  rejectPractice,
  withdrawPractice,
} from '../../../bot/src/domain/good-practices/practice-curation';
import { libraryEntry, practicesForTopic } from '../../../bot/src/domain/good-practices/library';
import {
  newPractice,
  parsePracticeForm,
  practiceFromLearning,
  titleOfLearning,
} from '../../../bot/src/domain/good-practices/practice-submission';

const KEYS = ['big-data', 'artificial-intelligence'];
const NOW = new Date('2027-03-09T10:00:00Z');
const origin = {
  id: 'g1',
  programmeId: 'p',
  authorId: 'anna',
  authorName: 'Anna Arendt',
  role: 'mentor' as const,
  source: 'shared' as const,
};
const form = { title: 'Copilot im Vorstand', text: 'Zusammenfassungen', topic: 'big-data' };
const pending = (): GoodPractice => {
  const parsed = parsePracticeForm(form, KEYS);
  if (!parsed.ok) throw new Error('form');
  return newPractice(parsed.value, origin, NOW);
};

describe('a submission', () => {
  test('anonymous and removed on deletion by default; the name kept only for a named credit', () => {
    const practice = pending();
    expect(practice).toMatchObject({ status: 'pending', credit: 'anonymous', onAuthorDeletion: 'remove' });
    expect(practice).not.toHaveProperty('authorName');
    expect(creditOf(practice)).toEqual({ kind: 'role', role: 'mentor' });
    const named = parsePracticeForm({ ...form, credit: 'named', link: ' https://example.com/a ' }, KEYS);
    const practiceNamed = newPractice(named.ok ? named.value : (undefined as never), origin, NOW);
    expect(creditOf(practiceNamed)).toEqual({ kind: 'named', name: 'Anna Arendt' });
    expect(practiceNamed.link).toBe('https://example.com/a');
  });

  test('HR adding one directly: approved straight away', () => {
    const parsed = parsePracticeForm(form, KEYS);
    expect(parsed.ok && newPractice(parsed.value, { ...origin, source: 'hr', role: 'hr' }, NOW)).toMatchObject({
      status: 'approved',
      decidedBy: 'anna',
    });
  });

  test.each([
    ['a topic outside the catalogue', { ...form, topic: 'astrology' }, 'topic', 'not-in-catalogue'],
    ['a plain http link', { ...form, link: 'http://example.com' }, 'link', 'not-https'],
    ['a link with spaces', { ...form, link: 'https://exa mple.com' }, 'link', 'link-characters'],
    ['an empty title', { ...form, title: '  ' }, 'title', 'required'],
    ['a text too long', { ...form, text: 'x'.repeat(1001) }, 'text', 'too-long'],
    ['an unknown credit', { ...form, credit: 'famous' }, 'credit', 'invalid'],
  ])('refuses %s', (_name, input, field, code) => {
    const parsed = parsePracticeForm(input, KEYS);
    expect(parsed.ok ? [] : parsed.issues).toContainEqual(expect.objectContaining({ field, code }));
  });

  test('a learning from feedback: its first words as title, no private note', () => {
    expect(titleOfLearning('Kurz')).toBe('Kurz');
    expect(titleOfLearning(`${'Wort '.repeat(20)}\nZweite Zeile`)).toMatch(/^Wort( Wort)+…$/);
    const practice = practiceFromLearning(
      { learning: 'Copilot hilft', topics: ['big-data'], at: NOW.toISOString() },
      { ...origin, source: 'feedback', meetingNumber: 2 },
      { credit: 'named', onAuthorDeletion: 'anonymise' },
    );
    expect(practice).toMatchObject({ title: 'Copilot hilft', meetingNumber: 2, authorName: 'Anna Arendt' });
  });
});

describe('curation', () => {
  const edit = { title: 'Neu', text: 'Neuer Text', topics: 'big-data,artificial-intelligence' };

  test('edit and approve, then publish; a second decision is refused', () => {
    const parsedEdit = parsePracticeEdit(edit, KEYS);
    if (!parsedEdit.ok) throw new Error('edit');
    const approved = approvePractice(pending(), parsedEdit.value, 'hr', NOW);
    expect(approved.ok && approved.value).toMatchObject({
      status: 'approved',
      title: 'Neu',
      topics: ['big-data', 'artificial-intelligence'],
      decidedBy: 'hr',
    });
    if (!approved.ok) return;
    expect(approvePractice(approved.value, parsedEdit.value, 'hr2', NOW)).toMatchObject({ reason: 'already-decided' });
    expect(rejectPractice(approved.value, undefined, 'hr2', NOW)).toMatchObject({ reason: 'already-decided' });
    expect(publishPractice(approved.value, [], NOW)).toMatchObject({ reason: 'invalid-input' });
    const published = publishPractice(approved.value, ['news', 'community', 'news'], NOW);
    expect(published.ok && published.value).toMatchObject({ status: 'published', channels: ['news', 'community'] });
    if (published.ok)
      expect(publishPractice(published.value, ['news'], NOW)).toMatchObject({ reason: 'already-decided' });
  });

  test('only an approved practice is published; a rejection keeps its reason', () => {
    expect(publishPractice(pending(), ['news'], NOW)).toMatchObject({ reason: 'not-approved' });
    expect(rejectPractice(pending(), 'Zu persönlich', 'hr', NOW)).toMatchObject({
      value: { status: 'rejected', rejectReason: 'Zu persönlich' },
    });
  });

  test('an edit with a topic outside the catalogue or without topics is refused', () => {
    expect(parsePracticeEdit({ ...edit, topics: 'astrology' }, KEYS)).toMatchObject({ ok: false });
    expect(parsePracticeEdit({ ...edit, topics: '' }, KEYS)).toMatchObject({ ok: false });
  });

  test('only the author withdraws, and not what was rejected', () => {
    expect(withdrawPractice(pending(), 'bernd')).toMatchObject({ reason: 'not-yours' });
    expect(withdrawPractice(pending(), 'anna')).toMatchObject({ value: { status: 'withdrawn' } });
    const rejected = rejectPractice(pending(), undefined, 'hr', NOW);
    if (rejected.ok) expect(withdrawPractice(rejected.value, 'anna')).toMatchObject({ reason: 'already-decided' });
  });
});

describe('privacy and the library', () => {
  const published = (credit: 'named' | 'anonymous', onAuthorDeletion: 'remove' | 'anonymise'): GoodPractice => ({
    ...pending(),
    authorName: 'Anna Arendt',
    credit,
    onAuthorDeletion,
    status: 'published',
  });

  test('deleting my data: a published practice stays anonymised only if its author chose so', () => {
    expect(afterAuthorDeletion(published('named', 'remove'))).toBeUndefined();
    expect(afterAuthorDeletion(pending())).toBeUndefined();
    const kept = afterAuthorDeletion(published('named', 'anonymise'));
    expect(kept).toMatchObject({ authorId: '', credit: 'anonymous', status: 'published' });
    expect(kept).not.toHaveProperty('authorName');
  });

  test('retention keeps only anonymous published practices, without their author', () => {
    expect(afterRetention(published('named', 'anonymise'))).toBeUndefined();
    expect(afterRetention(pending())).toBeUndefined();
    expect(afterRetention(published('anonymous', 'remove'))).toMatchObject({ authorId: '', status: 'published' });
  });

  test('the library: published only, by topic and words', () => {
    const all = [
      { ...published('anonymous', 'remove'), id: 'a' },
      { ...published('anonymous', 'remove'), id: 'b', topics: ['artificial-intelligence'], title: 'KI-Tools' },
      { ...pending(), id: 'c' },
    ];
    expect(libraryView(all).map((p) => p.id)).toEqual(['a', 'b']);
    expect(libraryView(all, { topic: 'artificial-intelligence' }).map((p) => p.id)).toEqual(['b']);
    expect(libraryView(all, { search: 'ki-TOOLS' }).map((p) => p.id)).toEqual(['b']);
  });

  test('pages', () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual({ items: [3, 4], page: 1, more: true });
    expect(pageOf([1, 2, 3], 9, 2)).toEqual({ items: [3], page: 1, more: false });
    expect(pageOf([], 0, 2)).toEqual({ items: [], page: 0, more: false });
  });
});

describe('the journey and the library', () => {
  const published = (id: string, topics: string[]): GoodPractice => ({ ...pending(), id, topics, status: 'published' });

  test('the next topic’s published practices, at most three, none without a next topic', () => {
    const all = [
      published('a', ['big-data']),
      { ...published('b', ['big-data']), status: 'approved' as const },
      published('c', ['artificial-intelligence']),
      published('d', ['big-data', 'artificial-intelligence']),
      published('e', ['big-data']),
      published('f', ['big-data']),
    ];
    expect(practicesForTopic(all, 'big-data').map((p) => p.id)).toEqual(['a', 'd', 'e']);
    expect(practicesForTopic(all, undefined)).toEqual([]);
  });

  test('a library entry names topics in the reader’s language and says nothing of an anonymous author', () => {
    const programme = {
      id: 'p',
      name: 'RM',
      topics: [{ key: 'big-data', names: { de: 'Große Daten', en: 'Big data' } }],
    } as never;
    const entry = libraryEntry(published('a', ['big-data']), programme, 'de', 'bernd');
    expect(entry).toMatchObject({ topics: [{ key: 'big-data', name: 'Große Daten' }], mine: false });
    expect(entry.credit).toEqual({ kind: 'role', role: 'mentor' });
    expect(JSON.stringify(entry)).not.toContain('anna');
    expect(libraryEntry(published('a', ['big-data']), programme, 'en', 'anna').mine).toBe(true);
  });
});
