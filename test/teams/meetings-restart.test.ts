import { Harness } from '../harness/harness';
import { cardOf, cardText } from '../harness/card-checker';
import { teamsUser } from '../harness/teams-activities';
import { runningPair } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

describe('restarts and downtime', () => {
  let h: Harness;
  const env = { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId };

  beforeAll(async () => {
    h = await Harness.start({ env });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
  });
  afterAll(() => h.stop());

  test('after a restart nothing is sent twice; a reminder that fell due while the server was down is sent if the meeting is still ahead, one for a meeting already started is skipped, the check-in still comes', async () => {
    const { programmeId, pairId, pairChat } = await runningPair(h, { hr, mentor: anna, mentee: bernd });
    const texts = (from: number) =>
      h.connector
        .messages(pairChat.id)
        .slice(from)
        .map((m) => String(m.text ?? cardText(cardOf(m))));
    const tickAt = async (iso: string) => {
      const before = h.connector.messages(pairChat.id).length;
      h.clock.set(new Date(iso));
      await h.server.hooks.reminders.tick();
      return texts(before);
    };
    await h.executes(bernd, pairChat, Verbs.scheduleMeeting, {
      programmeId,
      pairId,
      date: '2027-03-10',
      time: '10:00',
      format: 'online',
    });
    await h.executes(bernd, pairChat, Verbs.scheduleMeeting, {
      programmeId,
      pairId,
      date: '2027-03-17',
      time: '10:00',
      format: 'online',
    });
    expect(await tickAt('2027-03-09T09:00:30Z')).toEqual([
      expect.stringContaining('Treffen 1 von 6 beginnt in 24 Stunden'),
    ]);

    await h.restart(env); // down from here until 08:30 on the day: the 1-hour reminder (08:00) falls due meanwhile
    expect(await tickAt('2027-03-10T08:30:00Z')).toEqual([
      expect.stringContaining('Treffen 1 von 6 beginnt in 1 Stunde'),
    ]);

    await h.restart(env); // down across meeting 2's reminders and its start
    expect(await tickAt('2027-03-17T09:30:00Z')).toEqual([]);
    expect(await tickAt('2027-03-17T10:16:00Z')).toEqual([expect.stringContaining('Hat Treffen 2 stattgefunden?')]);
  });
});
