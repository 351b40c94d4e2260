import { Harness } from '../harness/harness';
import { cardText } from '../harness/card-checker';
import { personalChat, teamsUser } from '../harness/teams-activities';
import { startTestTandem, type TestTandem } from '../harness/test-server';
import { Verbs } from '../../bot/src/teams/verbs';
import { invitationsOf, onboard, runningProgramme, type Member } from './support/briefing-setup';

const hr = teamsUser('Helga Richter', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const dieter = teamsUser('Dieter Maas', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const carla = teamsUser('Carla Vogt', { locale: 'de-DE', timeZone: 'Europe/Berlin' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

describe('reminders of a briefing session go to those who accepted, exactly once, with two server instances', () => {
  let h: Harness;
  let second: TestTandem;
  let members: Member[];
  let mentee: Member;
  const programmeId = crypto.randomUUID();
  const hrChat = personalChat();
  const reminders = (member: Member) =>
    h.connector
      .messages(member.chat.id)
      .map((m) => cardText(m.attachments?.[0]?.content))
      .filter((text) => /Reminder: the session starts|Erinnerung: Der Termin beginnt/.test(text));
  const bothTick = () => Promise.all([h.server.hooks.reminders.tick(), second.hooks.reminders.tick()]);

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    // A second instance on the same storage, clock and Teams: what a scaled-out App Service runs.
    second = await startTestTandem({
      env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId },
      clock: h.clock,
      tablePrefix: h.server.tablePrefix,
    });
    await runningProgramme(h, hr, programmeId);
    members = await onboard(
      h,
      programmeId,
      [anna, dieter, carla].map((user) => ({ user, role: 'mentor' as const })),
    );
    mentee = (await onboard(h, programmeId, [{ user: bernd, role: 'mentee' }]))[0]!;
    h.server.hooks.broadcasts.worker.start();
    await h.says(hr, hrChat, 'briefing');
    await h.presses(hr, hrChat, Verbs.previewBriefing, {
      programmeId,
      title: 'Mentor-Briefing',
      date: '2026-03-10',
      time: '16:30',
      durationMinutes: '60',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/briefing-2',
      agenda: '',
      materials: '',
      audience: 'mentors',
    });
    await h.presses(hr, hrChat, Verbs.sendBriefing);
    await h.connector.waitFor(() => members.every((m) => invitationsOf(h, m).length > 0), 15_000);
  }, 60_000);
  afterAll(async () => {
    await second.stop();
    await h.stop();
  });

  test('Anna and Carla accept; Dieter accepts and then declines: only Anna and Carla are reminded, once per lead time', async () => {
    for (const member of members)
      await h.presses(member.user, member.chat, Verbs.answerBriefing, { answer: 'accepted' });
    await h.presses(members[1]!.user, members[1]!.chat, Verbs.answerBriefing, { answer: 'declined' });
    const [annas, dieters, carlas] = members;

    await bothTick(); // a week ahead: nothing is due
    expect(members.map((m) => reminders(m).length)).toEqual([0, 0, 0]);

    h.clock.set(new Date('2026-03-09T15:30:20Z')); // 24 h before
    await bothTick();
    await bothTick();
    expect(members.map((m) => reminders(m).length)).toEqual([1, 0, 1]);
    expect(reminders(annas!)[0]).toContain('Reminder: the session starts Tue 10 Mar 2026, 3:30 pm (Europe/London).');
    expect(reminders(carlas!)[0]).toContain(
      'Erinnerung: Der Termin beginnt Di., 10. März 2026, 16:30 (Europe/Berlin).',
    );
    expect(reminders(carlas!)[0]).toContain('Ihre Antwort: Ich bin dabei.');

    h.clock.set(new Date('2026-03-10T14:30:10Z')); // 1 h before
    await bothTick();
    await bothTick();
    expect(members.map((m) => reminders(m).length)).toEqual([2, 0, 2]);

    h.clock.set(new Date('2026-03-10T15:45:00Z')); // the session has started: nothing more
    await bothTick();
    expect(reminders(dieters!)).toEqual([]);
    expect(members.map((m) => reminders(m).length)).toEqual([2, 0, 2]);
  });

  test('a kick-off for everyone reaches the mentees too, who may answer it', async () => {
    h.clock.set(new Date('2026-03-02T09:00:00Z'));
    expect(h.connector.messages(mentee.chat.id).filter((m) => m.attachments?.length)).toHaveLength(0);
    await h.says(hr, hrChat, 'briefing');
    await h.presses(hr, hrChat, Verbs.previewBriefing, {
      programmeId,
      title: 'Auftakt',
      date: '2026-04-01',
      time: '10:00',
      durationMinutes: '',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/kickoff',
      audience: 'everyone',
    });
    await h.presses(hr, hrChat, Verbs.sendBriefing);
    await h.connector.waitFor(
      () => h.connector.messages(mentee.chat.id).some((m) => cardText(m.attachments?.[0]?.content).includes('Auftakt')),
      15_000,
    );
    const { response } = await h.presses(bernd, mentee.chat, Verbs.answerBriefing, { answer: 'accepted' });
    expect(cardText(response.value)).toContain('Ihre Antwort: Ich bin dabei.');
    expect(cardText(response.value)).toContain('60 Minuten');
  });
});
