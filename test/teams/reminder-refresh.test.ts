import { Harness } from '../harness/harness';
import { actionsIn, cardText, expectValidCard } from '../harness/card-checker';
import { teamsUser } from '../harness/teams-activities';
import { runningPair } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });

describe('refreshing a live card answers only the member who refreshes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
  });
  afterAll(() => h.stop());

  test('a reminder card refreshed by each member comes back in their language and never rewrites the chat message', async () => {
    const { programmeId, pairId, pairChat } = await runningPair(h, { hr, mentor: anna, mentee: bernd });
    const meetingCard = (
      await h.executes(bernd, pairChat, Verbs.scheduleMeeting, {
        programmeId,
        pairId,
        date: '2027-03-10',
        time: '10:00',
        format: 'online',
      })
    ).response.value;
    const meetingId = String(
      (actionsIn(meetingCard).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId,
    );
    await h.server.tandem.idle(); // the meeting's own chat message follows its planning first
    const before = h.connector.calls.length;
    const refresh = async (user: typeof anna) => {
      const activity = h.activities.execute(pairChat, user, Verbs.viewReminder, {
        programmeId,
        pairId,
        meetingId,
        lead: '60',
        remindedStart: '2027-03-10T09:00:00.000Z',
      });
      activity.value.trigger = 'automatic';
      return (await h.post(activity)).body.value;
    };
    const forAnna = await refresh(anna);
    expectValidCard(forAnna);
    expect(cardText(forAnna)).toContain('Meeting 1 of 6');
    expect(cardText(await refresh(bernd))).toContain('Treffen 1 von 6');
    // An update of the message for everyone would make the other member's client refresh again, and again.
    expect(h.connector.calls.slice(before).filter((c) => c.kind === 'update')).toEqual([]);
  });
});
