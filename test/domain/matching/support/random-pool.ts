import type { MenteeProfile, MentorProfile, ProfilePoolInput } from '../../../../bot/src/domain/matching';
import { randomInt, sample } from './mulberry32';

const TOPICS = [
  'collaboration-tools',
  'online-resources',
  'artificial-intelligence',
  'big-data',
  'agile-organisation',
  'digital-reputation',
  'digital-networking',
  'digital-leadership',
  'error-culture',
];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((day) => [`${day}-am`, `${day}-pm`]);
const LOCATIONS = ['Munich', 'Berlin', 'Hamburg', 'Vienna', 'Zurich', 'London', 'Lisbon'];
/** Fixed offsets in minutes, so the pool needs no Intl. */
export const OFFSETS: Readonly<Record<string, number>> = {
  'Europe/Berlin': 60,
  'Europe/Vienna': 60,
  'Europe/Zurich': 60,
  'Europe/London': 0,
  'Europe/Lisbon': 0,
  'Asia/Kolkata': 330,
};
const ZONE_OF: Readonly<Record<string, string>> = {
  Munich: 'Europe/Berlin',
  Berlin: 'Europe/Berlin',
  Hamburg: 'Europe/Berlin',
  Vienna: 'Europe/Vienna',
  Zurich: 'Europe/Zurich',
  London: 'Europe/London',
  Lisbon: 'Europe/Lisbon',
};
const FORMATS = ['online', 'in-person', 'either', 'either'] as const;

/** A plausible onboarded pool: ten departments (so about 10 % of pairs share one), German and English speakers, managers among the mentees. */
export function randomPool(
  random: () => number,
  menteeCount: number,
  mentorCount: number,
  capacity: number,
): ProfilePoolInput {
  const person = (id: string, topics: [number, number], slots: [number, number]) => {
    const location = LOCATIONS[randomInt(random, 0, LOCATIONS.length - 1)]!;
    return {
      id,
      department: `dept-${randomInt(random, 0, 9)}`,
      location,
      timeZone: random() < 0.05 ? 'Asia/Kolkata' : ZONE_OF[location]!,
      languages: random() < 0.8 ? ['de', 'en'] : [random() < 0.5 ? 'de' : 'en'],
      topics: sample(random, TOPICS, randomInt(random, ...topics)),
      availability: sample(random, SLOTS, randomInt(random, ...slots)),
      format: FORMATS[randomInt(random, 0, FORMATS.length - 1)]!,
      managerId: null as string | null,
    };
  };
  const mentees: MenteeProfile[] = Array.from({ length: menteeCount }, (_, i) => ({
    ...person(`e${i}`, [1, 3], [1, 4]),
    managerId: i > 0 && random() < 0.7 ? `e${randomInt(random, 0, i - 1)}` : null,
  }));
  const mentors: MentorProfile[] = Array.from({ length: mentorCount }, (_, i) => ({
    ...person(`m${i}`, [2, 5], [2, 6]),
    managerId: random() < 0.3 ? `e${randomInt(random, 0, menteeCount - 1)}` : null,
    capacity,
  }));
  return { mentors, mentees, utcOffsetOf: (zone) => OFFSETS[zone] };
}
