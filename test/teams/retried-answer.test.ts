import { Harness } from '../harness/harness';
import { cardOf, cardText } from '../harness/card-checker';
import { actorOf, runningPair, type PairFixture } from '../harness/pair-fixture';
import { personalChat, teamsUser, TENANT_ID, type TeamsUser } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const mentor = teamsUser('Anna Berger', { locale: 'de-DE' });
const mentee = teamsUser('Emma Stone', { locale: 'en-GB' });

/**
 * A click's turn can die after the answer is stored and before its notices are: Teams then
 * retries the invoke (or the person presses again). That repeat must record the notices the
 * first run did not, and answer as the first would have, never "already answered" alone.
 * `runningPair` stores the mentee's confirmation through the service, as that first run would
 * have, with no notice recorded.
 */
describe('a repeated answer to a match records the notices a failed first run lost', () => {
  let h: Harness;
  let pair: PairFixture;
  const chatOf = (user: TeamsUser) => pair.personalChats.get(user.aadObjectId)!;
  const introductionsTo = (user: TeamsUser, words: string) =>
    h.connector.messages(chatOf(user).id).filter((m) => m.attachments?.length && cardText(cardOf(m)).includes(words));
  const pressConfirm = () =>
    h.executes(mentee, chatOf(mentee), Verbs.confirmPair, { programmeId: pair.programmeId, pairId: pair.pairId });

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    pair = await runningPair(h, { hr, mentor, mentee });
  });
  afterAll(() => h.stop());

  test('the retried confirm introduces the mentor once and shows the mentee the introduction again', async () => {
    expect(introductionsTo(mentor, 'Ihr Tandem-Partner')).toEqual([]);

    const retried = await pressConfirm();
    expect(retried.response.statusCode).toBe(200);
    expect(cardText(retried.response.value)).toContain('Anna Berger');
    expect(cardText(retried.response.value)).not.toMatch(/already/i);
    await h.connector.waitFor(() => introductionsTo(mentor, 'Ihr Tandem-Partner: Emma Stone').length > 0);

    // A further press changes nothing: the notice's id comes from the answer as stored.
    await pressConfirm();
    await h.server.hooks.notices.drain();
    expect(introductionsTo(mentor, 'Ihr Tandem-Partner')).toHaveLength(1);
  });

  test('the other answer than the one stored is still refused as already given, and records nothing', async () => {
    const declined = await h.executes(mentee, chatOf(mentee), Verbs.declinePair, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
    });
    expect(JSON.stringify(declined.response.value)).toMatch(/already/i);
    const notices = await h.server.hooks.services.notices.ofProgramme(TENANT_ID, pair.programmeId);
    expect(notices.filter((n) => n.subject.kind === 'pair-declined')).toEqual([]);
  });

  test("HR's ending, stored by a turn that died before its notices, is pressed again: both people are told once, in their language", async () => {
    const texts = (user: TeamsUser, words: string) =>
      h.connector.messages(chatOf(user).id).filter((m) => String(m.text ?? '').includes(words));
    await h.server.hooks.services.matching.end(actorOf(hr), pair.programmeId, pair.pairId, 'Umzug');

    const again = async () => {
      const pressed = await h.executes(hr, personalChat(), Verbs.endPair, {
        programmeId: pair.programmeId,
        pairId: pair.pairId,
        [`reason_${pair.pairId}`]: 'Umzug',
      });
      expect(JSON.stringify(pressed.response.value)).toContain('ist beendet');
    };
    await again();
    await h.connector.waitFor(
      () => texts(mentor, 'von HR beendet').length > 0 && texts(mentee, 'has been ended by HR').length > 0,
    );
    await again();
    await h.server.hooks.notices.drain();
    expect(texts(mentor, 'von HR beendet')).toHaveLength(1);
    expect(texts(mentee, 'has been ended by HR')).toHaveLength(1);
  });
});
