import type { MeetingFeedback } from '../../../bot/src/domain/feedback/meeting-feedback';
import type { Meeting } from '../../../bot/src/domain/meetings/meeting';
import { pairIdOf, type Pair } from '../../../bot/src/domain/pairing/pair';
import type { Profile } from '../../../bot/src/domain/participant/profile';
import { newProgramme, parseProgrammeSettings } from '../../../bot/src/domain/programme/programme-settings';
import { FeedbackTableRepository } from '../../../bot/src/storage/feedback.table-repositories';
import { MeetingTableRepository } from '../../../bot/src/storage/meeting.table-repositories';
import { PairTableRepository } from '../../../bot/src/storage/pairing.table-repositories';
import { PollTableRepository } from '../../../bot/src/storage/poll.table-repository';
import { ProfileTableRepository } from '../../../bot/src/storage/profile.table-repository';
import { ProgrammeTableRepository } from '../../../bot/src/storage/programme.table-repository';
import type { TableStore } from '../../../bot/src/storage/table-store';
import { openPoll } from '../../domain/journey/support/journey-fixtures';
import { aMeeting } from '../../domain/meetings/support/meetings';
import { TENANT_ID } from '../../harness/teams-activities';

/** The programme: 1,000 pairs of 2,000 people, 6 meetings and 6 feedback records a pair, 300 polls. */
export const LARGE_PROGRAMME = { pairs: 1000, meetingsPerPair: 6, heldPerPair: 3, polls: 300 } as const;

const IN_FLIGHT = 16;
const DEPARTMENTS = ['IT', 'Finanzen', 'Vertrieb', 'Marketing', 'Personal', 'Recht', 'Einkauf'];
const DAY = 86_400_000;

/** Writes the large programme through the storage repositories (revision tokens and indexes as in production). */
export async function seedLargeProgramme(store: TableStore, admin: string): Promise<string> {
  const settings = parseProgrammeSettings({
    name: 'Reverse Mentoring Konzern 2027',
    startDate: '2027-01-04',
    endDate: '2027-07-02',
    meetingsTarget: '6',
    languages: ['de', 'en'],
  });
  if (!settings.ok) throw new Error('settings');
  const programme = newProgramme(settings.value, {
    id: crypto.randomUUID(),
    tenantId: TENANT_ID,
    createdBy: admin,
    now: new Date('2027-01-01T08:00:00Z'),
  });
  await new ProgrammeTableRepository(store).create({ ...programme, status: 'running' });
  const repos = {
    profiles: new ProfileTableRepository(store),
    pairs: new PairTableRepository(store),
    meetings: new MeetingTableRepository(store),
    feedback: new FeedbackTableRepository(store),
    polls: new PollTableRepository(store),
  };
  for (let start = 0; start < LARGE_PROGRAMME.pairs; start += IN_FLIGHT) {
    const batch = Array.from({ length: Math.min(IN_FLIGHT, LARGE_PROGRAMME.pairs - start) }, (_, k) =>
      seedPair(repos, programme.id, start + k),
    );
    await Promise.all(batch);
  }
  return programme.id;
}

async function seedPair(
  repos: {
    profiles: ProfileTableRepository;
    pairs: PairTableRepository;
    meetings: MeetingTableRepository;
    feedback: FeedbackTableRepository;
    polls: PollTableRepository;
  },
  programmeId: string,
  i: number,
): Promise<void> {
  const mentorId = `mentor-${i}`;
  const menteeId = `mentee-${i}`;
  const pairId = pairIdOf(mentorId, menteeId);
  await repos.profiles.create(profileOf(programmeId, mentorId, 'mentor', i));
  await repos.profiles.create(profileOf(programmeId, menteeId, 'mentee', i));
  const pair: Pair = {
    programmeId,
    tenantId: TENANT_ID,
    mentorId,
    menteeId,
    score: 1,
    reasons: [],
    status: 'confirmed',
    chatId: `19:large${i}@thread.v2`,
    createdAt: '2027-01-11T08:00:00.000Z',
    respondedAt: '2027-01-12T08:00:00.000Z',
  };
  await repos.pairs.create(pair);
  for (let n = 1; n <= LARGE_PROGRAMME.meetingsPerPair; n += 1) {
    const meeting = meetingOf(programmeId, pairId, n, i);
    await repos.meetings.create(meeting);
    if (meeting.status === 'held')
      for (const authorId of [mentorId, menteeId])
        await repos.feedback.create(feedbackOf(meeting, authorId, authorId === mentorId ? 'mentor' : 'mentee', i));
  }
  if (i < LARGE_PROGRAMME.polls)
    await repos.polls.create({ ...openPoll().poll, id: `poll-${i}`, programmeId, pairId, mentorId, menteeId });
}

function profileOf(programmeId: string, aadObjectId: string, role: Profile['role'], i: number): Profile {
  return {
    programmeId,
    tenantId: TENANT_ID,
    aadObjectId,
    displayName: `${role} ${i}`,
    role,
    department: DEPARTMENTS[i % DEPARTMENTS.length]!,
    location: 'Köln',
    timeZone: 'Europe/Berlin',
    languages: ['de', 'en'],
    topics: ['artificial-intelligence', 'big-data', 'digital-leadership'].slice(0, 1 + (i % 3)),
    ownTopics: '',
    goals: '',
    availability: ['tue-am'],
    format: 'online',
    capacity: 1,
    consent: { givenAt: '2027-01-05T08:00:00.000Z', version: '1' },
    locale: 'de-DE',
    createdAt: '2027-01-05T08:00:00.000Z',
    updatedAt: '2027-01-05T08:00:00.000Z',
  };
}

function meetingOf(programmeId: string, pairId: string, n: number, i: number): Meeting {
  const startsAt = new Date(Date.parse('2027-01-18T09:00:00Z') + ((n - 1) * 21 + (i % 7)) * DAY);
  return aMeeting({
    id: `meeting-${n}`,
    programmeId,
    pairId,
    number: n,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    status: n <= LARGE_PROGRAMME.heldPerPair ? 'held' : 'planned',
  });
}

function feedbackOf(meeting: Meeting, authorId: string, role: 'mentor' | 'mentee', i: number): MeetingFeedback {
  return {
    programmeId: meeting.programmeId,
    pairId: meeting.pairId,
    meetingId: meeting.id,
    meetingNumber: meeting.number,
    authorId,
    role,
    rating: (1 + ((i + meeting.number) % 5)) as MeetingFeedback['rating'],
    topicsCovered: ['artificial-intelligence'],
    learning: 'Ein Satz, den HR nie sieht.',
    privateNote: 'Eine Notiz, die HR nie sieht.',
    shareAsGoodPractice: i % 4 === 0,
    createdAt: meeting.endsAt,
    updatedAt: meeting.endsAt,
  };
}
