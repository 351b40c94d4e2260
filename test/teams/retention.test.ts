import { Harness } from '../harness/harness';
import { personalChat, teamsUser, TENANT_ID } from '../harness/teams-activities';
import { queueNews } from '../broadcasts/support/news-setup';
import { RecipientTableRepository } from '../../bot/src/storage/recipient.table-repository';
import { ShardTallyTableRepository } from '../../bot/src/storage/shard-tally.table-repository';
import { countDeliveries } from '../../bot/src/domain/broadcasts';
import { Verbs } from '../../bot/src/teams/verbs';
import { runningPair } from '../harness/pair-fixture';
import { actionsIn } from '../harness/card-checker';
import { changeStatus } from '../../bot/src/domain/programme/programme-changes';
import { BriefingRsvpTableRepository } from '../../bot/src/storage/briefing-rsvp.table-repository';

/** A briefing session for the mentors on 20 March 2027, as HR fills in the form. */
const briefingForm = (programmeId: string) => ({
  programmeId,
  title: 'Mentor-Briefing',
  date: '2027-03-20',
  time: '16:00',
  durationMinutes: '60',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  audience: 'mentors',
});

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const people = [teamsUser('Mia Mentor'), teamsUser('Emil Mentee'), teamsUser('Eva Mentee')];
const DAY = 24 * 60 * 60 * 1000;

const answers = (role: string) => ({
  role,
  department: role === 'mentor' ? 'IT' : 'Vertrieb',
  location: 'Berlin',
  timeZone: 'Europe/Berlin',
  languages: 'de',
  topics: 'big-data',
  ownTopics: '',
  goals: '',
  availability: 'mon-am',
  format: 'online',
  managerAadObjectId: 'none',
  consent: 'true',
});

describe('retention: personal data of a closed programme is deleted after the retention period', () => {
  let h: Harness;
  const programmeId = crypto.randomUUID();
  const other = crypto.randomUUID();
  const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: 'de-DE' };
  const move = (id: string, to: string) => h.executes(hr, personalChat(), Verbs.moveProgramme, { programmeId: id, to });

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId, RETENTION_DAYS: '180' } });
    for (const id of [programmeId, other]) {
      await h.executes(hr, personalChat(), Verbs.createProgramme, {
        programmeId: id,
        name: `RM ${id.slice(0, 4)}`,
        startDate: '2027-02-01',
        endDate: '2027-08-01',
        meetingsTarget: '6',
        languages: 'de',
      });
      await move(id, 'enrolling');
      for (const [i, person] of people.entries())
        await h.executes(person, personalChat(), Verbs.submitOnboarding, {
          programmeId: id,
          ...answers(i === 0 ? 'mentor' : 'mentee'),
        });
    }
    await h.executes(teamsUser('Nein Danke'), personalChat(), Verbs.submitOnboarding, {
      programmeId,
      ...answers('mentee'),
      consent: 'false',
    });
    for (const to of ['matching', 'running', 'closed']) await move(programmeId, to);
  });
  afterAll(() => h.stop());

  const retention = () => h.server.hooks.services.retention;
  const profiles = (id: string) =>
    Promise.all(
      people.map((p) => h.server.hooks.services.onboarding.profile({ ...hrActor, aadObjectId: p.aadObjectId }, id)),
    );

  test('nothing is deleted before the period ends', async () => {
    h.clock.advance(179 * DAY);
    expect(await retention().run()).toEqual({ purgedProgrammes: [], deletedProfiles: 0 });
    expect((await profiles(programmeId)).every(Boolean)).toBe(true);
  });

  test('after 180 days the profiles and refusals go, counts stay, other programmes are untouched', async () => {
    h.clock.advance(2 * DAY);

    expect(await retention().run()).toEqual({ purgedProgrammes: [programmeId], deletedProfiles: 3 });
    expect((await profiles(programmeId)).every((p) => p === undefined)).toBe(true);
    expect((await profiles(other)).every(Boolean)).toBe(true);
    const programme = await h.server.hooks.services.programmes.get(hrActor, programmeId);
    expect(programme.ok && programme.value).toMatchObject({
      status: 'closed',
      aggregates: { participants: 3, mentors: 1, mentees: 2 },
      purgedAt: expect.any(String),
    });
  });

  test('running again (or in a second instance) does nothing more', async () => {
    const [first, second] = await Promise.all([retention().run(), retention().run()]);
    expect(first.deletedProfiles + second.deletedProfiles).toBe(0);
  });
});

describe('retention also removes what the pair produced: meetings, feedback, good practices, polls', () => {
  let h: Harness;
  const mentor = teamsUser('Anna Berger');
  const mentee = teamsUser('Bernd Köhler', { locale: 'de-DE' });
  const hrActor = { tenantId: TENANT_ID, aadObjectId: hr.aadObjectId, displayName: hr.name, locale: 'de-DE' };

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId, RETENTION_DAYS: '180' } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
  });
  afterAll(() => h.stop());

  test('after the period nothing of the pair is left', async () => {
    const { programmeId, pairId, pairChat, personalChats } = await runningPair(h, { hr, mentor, mentee });
    const { services } = h.server.hooks;
    const { response } = await h.executes(mentee, pairChat, Verbs.scheduleMeeting, {
      programmeId,
      pairId,
      date: '2027-03-09',
      time: '10:00',
      format: 'online',
    });
    const meetingId = String(
      (actionsIn(response.value).find((a) => a.verb === Verbs.cancelMeeting)!.data as { meetingId: string }).meetingId,
    );
    await h.executes(mentee, pairChat, Verbs.scheduleMeeting, {
      programmeId,
      pairId,
      date: '2027-03-30',
      time: '10:00',
      format: 'online',
    });
    h.clock.set(new Date('2027-03-09T10:30:00Z'));
    await h.executes(mentee, pairChat, Verbs.checkInMeeting, { programmeId, pairId, meetingId, outcome: 'held' });
    await h.executes(mentee, personalChats.get(mentee.aadObjectId)!, Verbs.submitFeedback, {
      programmeId,
      pairId,
      meetingId,
      rating: '5',
      learning: 'Copilot',
      privateNote: 'privat',
      shareAsGoodPractice: 'true',
    });
    await h.says(mentee, pairChat, 'umfrage');
    // Programme news reached both: a delivery row names each of them.
    const newsId = await queueNews(h.server.hooks, hrActor, programmeId, h.connector);
    await h.server.hooks.broadcasts.fanOut.fanOut(TENANT_ID, newsId);
    const deliveries = new RecipientTableRepository(h.server.hooks.store);
    expect((await deliveries.list(newsId)).map((row) => row.target).sort()).toEqual(
      [mentor.aadObjectId, mentee.aadObjectId].sort(),
    );
    const tallies = new ShardTallyTableRepository(h.server.hooks.store);
    await tallies.record(newsId, 0, countDeliveries(['sent', 'sent']));
    expect(await services.feedback.goodPracticeSubmissions(programmeId)).toHaveLength(1);
    expect(await services.polls.openPollOf(programmeId, pairId)).toBeDefined();
    // A briefing session the mentor said they would attend: the answer names them.
    const briefing = { programmeId, briefingId: crypto.randomUUID() };
    await services.briefings.preview(hrActor, briefing.briefingId, briefingForm(programmeId), 'Europe/Berlin');
    await services.briefings.send(hrActor, briefing, { reference: {}, activityId: 'hr-card', locale: 'de-DE' });
    const mentorActor = { ...hrActor, aadObjectId: mentor.aadObjectId, displayName: mentor.name };
    expect((await services.rsvps.answer(mentorActor, briefing, 'accepted')).ok).toBe(true);
    const answers = new BriefingRsvpTableRepository(h.server.hooks.store);
    expect(await answers.ofBriefing(programmeId, briefing.briefingId)).toHaveLength(1);

    for (const to of ['running', 'closed'] as const)
      await services.programmes.change(hrActor, programmeId, (p, now) => changeStatus(p, to, now));
    h.clock.advance(181 * DAY);
    expect((await services.retention.run()).purgedProgrammes).toEqual([programmeId]);

    expect(await services.meetings.meeting(programmeId, pairId, meetingId)).toBeUndefined();
    expect(await services.feedback.seenByMember(programmeId, pairId, mentee.aadObjectId)).toEqual([]);
    expect(await services.feedback.goodPracticeSubmissions(programmeId)).toEqual([]);
    expect(await services.polls.openPollOf(programmeId, pairId)).toBeUndefined();
    expect(await services.matching.pairOfChat(TENANT_ID, pairChat.id)).toBeUndefined();
    expect(await deliveries.list(newsId)).toEqual([]);
    expect(await tallies.ofBroadcast(newsId)).toEqual([]);
    expect(await answers.ofBriefing(programmeId, briefing.briefingId)).toEqual([]);
    expect(await services.briefingCalendar.nextFor(TENANT_ID, programmeId, new Date('2027-01-01'))).toBeUndefined();
    // HR's record of what was sent stays, with its total.
    expect((await services.broadcasts.get(hrActor, newsId)).ok).toBe(true);
  });
});
