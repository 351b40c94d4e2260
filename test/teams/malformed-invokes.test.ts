import { translator } from '../../bot/src/i18n';
import { Verbs } from '../../bot/src/teams/verbs';
import { Harness } from '../harness/harness';
import { personalChat, teamsUser, type TeamsUser } from '../harness/teams-activities';

const MESSAGE = 'application/vnd.microsoft.activity.message';

/**
 * An `Action.Execute` invoke whose action cannot be read (a broken client, a forged request, a
 * card from an older version) is answered like any stale card: "this card is out of date", in
 * the reader's language, never an empty 501 the Teams client shows as a generic failure.
 */
describe('an Action.Execute with a missing or malformed action', () => {
  let h: Harness;
  const anna = teamsUser('Anna');
  const lena = teamsUser('Lena', { locale: 'de-DE' });
  const chat = personalChat();

  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  /** The invoke Teams sends for a press, with `value` replaced (or removed when undefined). */
  function pressWithValue(user: TeamsUser, value: unknown): Record<string, any> {
    const activity = h.activities.execute(chat, user, 'any-verb');
    if (value === undefined) delete activity.value;
    else activity.value = value;
    return activity;
  }

  test.each<[string, unknown]>([
    ['no value', undefined],
    ['an empty value', {}],
    ['a value that is not an object', 'vote'],
    ['no action', { trigger: 'manual' }],
    ['an action that is not an object', { action: 'vote', trigger: 'manual' }],
    ['no verb', { action: { type: 'Action.Execute', data: {} }, trigger: 'manual' }],
    ['a numeric verb', { action: { type: 'Action.Execute', verb: 42, data: {} }, trigger: 'manual' }],
    ['an empty verb', { action: { type: 'Action.Execute', verb: '', data: {} }, trigger: 'manual' }],
    [
      'data that is not an object',
      { action: { type: 'Action.Execute', verb: Verbs.showHelp, data: 'x' }, trigger: 'manual' },
    ],
    ['data that is a list', { action: { type: 'Action.Execute', verb: Verbs.showHelp, data: [1] }, trigger: 'manual' }],
  ])('%s: "this card is out of date"', async (_label, value) => {
    const { status, body } = await h.post(pressWithValue(anna, value));
    expect(status).toBe(200);
    expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: translator('en')('errors.invalidCardData') });
  });

  test('in the reader’s language', async () => {
    const { status, body } = await h.post(pressWithValue(lena, { action: { verb: 7 } }));
    expect(status).toBe(200);
    expect(body.value).toBe(translator('de')('errors.invalidCardData'));
  });

  test('an unknown verb: "this button is no longer available"', async () => {
    const { status, body } = await h.post(h.activities.execute(chat, anna, 'no-such-verb'));
    expect(status).toBe(200);
    expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: translator('en')('fallback.unknownAction') });
  });
});
