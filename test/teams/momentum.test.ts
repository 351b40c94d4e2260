import { Harness } from '../harness/harness';
import { cardOf, cardText, expectValidCard, actionsIn } from '../harness/card-checker';
import { teamsUser, TENANT_ID } from '../harness/teams-activities';
import { runningPair, type PairFixture } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';
import { changeStatus } from '../../bot/src/domain/programme/programme-changes';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: 'de-DE' };

describe('the momentum guard nudges pairs that lose momentum and flags them for HR', () => {
  let h: Harness;
  let pair: PairFixture;
  const chat = (id: string) => h.connector.messages(id);
  const sweep = () => h.server.hooks.momentum.sweep();
  const schedule = async (date: string) => {
    const { response } = await h.executes(bernd, pair.pairChat, Verbs.scheduleMeeting, {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      date,
      time: '10:00',
      format: 'online',
    });
    return {
      programmeId: pair.programmeId,
      pairId: pair.pairId,
      meetingId: String(
        (actionsIn(response.value).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string })
          .meetingId,
      ),
    };
  };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    pair = await runningPair(h, { hr, mentor: anna, mentee: bernd });
    await h.server.hooks.services.programmes.change(hrActor, pair.programmeId, (p, now) =>
      changeStatus(p, 'running', now),
    );
  });
  afterAll(() => h.stop());

  test('nothing while the pair is young', async () => {
    h.clock.set(new Date('2027-03-20T08:00:00Z'));
    expect(await sweep()).toEqual({ pairs: 1, nudges: 0, flagged: 0 });
  });

  test('four weeks without a meeting: one friendly nudge in the pair chat with a one-click plan, not repeated by a second instance or the same week', async () => {
    h.clock.set(new Date('2027-03-30T08:00:00Z'));
    const before = chat(pair.pairChat.id).length;
    const [first, second] = await Promise.all([sweep(), sweep()]);
    expect(first.nudges + second.nudges).toBe(1);
    const sent = chat(pair.pairChat.id).slice(before);
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]);
    expectValidCard(card);
    expect(cardText(card)).toContain('Ihr letztes Treffen ist eine Weile her');
    expect(actionsIn(card).map((a) => a.verb)).toContain(Verbs.openScheduleForm);
    h.clock.set(new Date('2027-04-02T08:00:00Z'));
    expect((await sweep()).nudges).toBe(0);
  });

  test("the same person cancels, then moves: a private nudge to that person only, and the pair is flagged at risk in HR's list", async () => {
    const first = await schedule('2027-04-13');
    await h.executes(bernd, pair.pairChat, Verbs.cancelMeeting, { ...first, reason: 'Vorstandssitzung' });
    const second = await schedule('2027-04-20');
    await h.executes(bernd, pair.pairChat, Verbs.rescheduleMeeting, { ...second, date: '2027-04-27', time: '10:00' });
    const [toBernd, toAnna, inPairChat] = [
      pair.personalChats.get(bernd.aadObjectId)!.id,
      pair.personalChats.get(anna.aadObjectId)!.id,
      pair.pairChat.id,
    ].map((id) => chat(id).length);
    expect(await sweep()).toEqual({ pairs: 1, nudges: 1, flagged: 1 });
    expect(
      String(
        chat(pair.personalChats.get(bernd.aadObjectId)!.id)
          .slice(toBernd)
          .map((m) => m.text),
      ),
    ).toContain('Ihre letzten beiden Tandem-Treffen wurden von Ihrer Seite verschoben oder abgesagt');
    expect(chat(pair.personalChats.get(anna.aadObjectId)!.id).length).toBe(toAnna);
    expect(chat(pair.pairChat.id).length).toBe(inPairChat);

    const [list] = await h.says(hr, { scope: 'personal', id: 'a:1helga' }, 'tandems');
    expectValidCard(cardOf(list));
    expect(cardText(cardOf(list))).toContain(
      '⚠ Gefährdet: Bernd Köhler hat zwei Treffen in Folge verschoben oder abgesagt (seit Fr., 2. Apr. 2027)',
    );
  });

  test("near the programme's end with meetings missing: a nudge to both with a date that still fits", async () => {
    h.clock.set(new Date('2027-07-14T08:00:00Z'));
    const before = chat(pair.pairChat.id).length;
    await sweep();
    const texts = chat(pair.pairChat.id)
      .slice(before)
      .map((m) => cardText(cardOf(m)));
    expect(texts.some((text) => text.includes('Das Programm endet am So., 1. Aug. 2027'))).toBe(true);
    // Each member's client shows the plan in their own language.
    const seenByAnna = (await h.seenBy(anna, pair.pairChat)).at(-1)!.card;
    expect(cardText(seenByAnna)).toContain('The programme ends on Sun 1 Aug 2027');
  });

  test('an ended pair is left alone', async () => {
    await h.server.hooks.services.matching.end(hrActor, pair.programmeId, pair.pairId, 'Wechsel der Rolle');
    h.clock.set(new Date('2027-07-28T08:00:00Z'));
    expect(await sweep()).toEqual({ pairs: 0, nudges: 0, flagged: 0 });
  });
});
