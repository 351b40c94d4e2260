import {
  goodPracticeOf,
  parseFeedbackForm,
  recordFeedback,
  withoutPrivateNote,
} from '../../../bot/src/domain/feedback/meeting-feedback';

const KEYS = ['artificial-intelligence', 'big-data'];
const about = {
  programmeId: 'p',
  pairId: 'm~e',
  meetingId: 'x',
  meetingNumber: 2,
  authorId: 'e',
  role: 'mentee' as const,
};

describe('the feedback form', () => {
  test.each([
    [
      'a full answer',
      {
        rating: '4',
        topicsCovered: 'big-data, artificial-intelligence,big-data',
        learning: ' Copilot ',
        privateNote: '',
        shareAsGoodPractice: 'true',
      },
      {
        rating: 4,
        topicsCovered: ['big-data', 'artificial-intelligence'],
        learning: 'Copilot',
        privateNote: undefined,
        shareAsGoodPractice: true,
      },
    ],
    [
      'the toggle untouched and no topics',
      { rating: 1, learning: 'x' },
      {
        rating: 1,
        topicsCovered: [],
        shareAsGoodPractice: false,
        practiceCredit: 'anonymous',
        practiceOnDeletion: 'remove',
      },
    ],
    [
      'a shared learning credited by name, kept anonymised after deletion',
      {
        rating: 3,
        learning: 'x',
        shareAsGoodPractice: 'true',
        practiceCredit: 'named',
        practiceOnDeletion: 'anonymise',
      },
      { shareAsGoodPractice: true, practiceCredit: 'named', practiceOnDeletion: 'anonymise' },
    ],
  ])('accepts %s', (_name, input, expected) => {
    const parsed = parseFeedbackForm(input, KEYS);
    expect(parsed.ok && parsed.value).toMatchObject(expected);
  });

  test.each([
    ['no rating', { learning: 'x' }, 'rating', 'required'],
    ['a rating of 6', { rating: '6', learning: 'x' }, 'rating', 'out-of-range'],
    ['an empty learning', { rating: '3', learning: '  ' }, 'learning', 'required'],
    ['a learning too long', { rating: '3', learning: 'x'.repeat(501) }, 'learning', 'too-long'],
    [
      'a topic outside the catalogue',
      { rating: '3', learning: 'x', topicsCovered: 'hacking' },
      'topicsCovered',
      'invalid',
    ],
  ])('refuses %s', (_name, input, field, code) => {
    const parsed = parseFeedbackForm(input, KEYS);
    expect(parsed.ok ? [] : parsed.issues).toContainEqual(expect.objectContaining({ field, code }));
  });
});

describe('stored feedback and what others see', () => {
  const form = {
    rating: 5,
    topicsCovered: ['big-data'],
    learning: 'Daten erzählen',
    privateNote: 'Nur für mich',
    shareAsGoodPractice: true,
    practiceCredit: 'anonymous' as const,
    practiceOnDeletion: 'remove' as const,
  };

  test('an edit keeps the creation time', () => {
    const first = recordFeedback(form, about, undefined, new Date('2027-03-09T10:00:00Z'));
    const edited = recordFeedback({ ...form, rating: 4 }, about, first, new Date('2027-03-10T10:00:00Z'));
    expect(edited).toMatchObject({
      rating: 4,
      createdAt: '2027-03-09T10:00:00.000Z',
      updatedAt: '2027-03-10T10:00:00.000Z',
    });
  });

  test("the good practice and the partner's view carry no private note", () => {
    const feedback = recordFeedback(form, about, undefined, new Date('2027-03-09T10:00:00Z'));
    expect(goodPracticeOf(feedback)).toEqual({
      learning: { learning: 'Daten erzählen', topics: ['big-data'], at: '2027-03-09T10:00:00.000Z' },
      choice: { credit: 'anonymous', onAuthorDeletion: 'remove' },
    });
    expect(JSON.stringify(goodPracticeOf(feedback))).not.toContain('Nur für mich');
    expect(withoutPrivateNote(feedback)).not.toHaveProperty('privateNote');
    expect(goodPracticeOf({ ...feedback, shareAsGoodPractice: false })).toBeUndefined();
  });
});
