/** The Agents Playground's tenant: its activities carry this id, so the demo's programme lives there. */
export const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';

/** One person of the demo: the Playground's own people keep their ids, the rest exist only in Tandem. */
export interface DemoPerson {
  key: string;
  name: string;
  aadObjectId: string;
  /** The Playground's user id (`user-id-N`), for its people only. */
  playgroundId?: string;
  email: string;
  role: 'mentor' | 'mentee';
  locale: 'en-US' | 'de-DE';
  department: string;
  timeZone: string;
  topics: string[];
}

const playground = (
  n: number,
  name: string,
  email: string,
  rest: Omit<DemoPerson, 'key' | 'name' | 'aadObjectId' | 'playgroundId' | 'email'>,
) => ({
  key: name.split(' ')[0]!.toLowerCase(),
  name,
  aadObjectId: `00000000-0000-0000-0000-00000000000${20 + n}`,
  playgroundId: `user-id-${n}`,
  email,
  ...rest,
});
const tandemOnly = (n: number, name: string, rest: Omit<DemoPerson, 'key' | 'name' | 'aadObjectId' | 'email'>) => ({
  key: name.split(' ').at(-1)!.toLowerCase(),
  name,
  aadObjectId: `d3300000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  email: `${name.split(' ').at(-1)!.toLowerCase()}@contoso.example`,
  ...rest,
});

const berlin = 'Europe/Berlin';

/** Alex Wilber is the Playground's current user: HR admin of the programme and a mentee in a pair with Megan Bowen. */
export const ALEX = playground(0, 'Alex Wilber', 'alexw@example.com', {
  role: 'mentee',
  locale: 'en-US',
  department: 'Executive Board',
  timeZone: berlin,
  topics: ['artificial-intelligence', 'digital-leadership', 'collaboration-tools'],
});

/** Everyone in the demo programme: Alex and the Playground's people, and a dozen colleagues, German and English. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  ALEX,
  playground(1, 'Megan Bowen', 'meganb@example.com', {
    role: 'mentor',
    locale: 'en-US',
    department: 'IT',
    timeZone: 'Europe/London',
    topics: ['artificial-intelligence', 'collaboration-tools', 'big-data'],
  }),
  playground(2, 'Adele Vance', 'adelev@example.com', {
    role: 'mentee',
    locale: 'en-US',
    department: 'Finance',
    timeZone: berlin,
    topics: ['big-data', 'agile-organisation'],
  }),
  playground(3, 'Isaiah Langer', 'isaiahl@example.com', {
    role: 'mentor',
    locale: 'en-US',
    department: 'Data & Analytics',
    timeZone: berlin,
    topics: ['big-data', 'artificial-intelligence'],
  }),
  playground(4, 'Patti Fernandez', 'pattif@example.com', {
    role: 'mentee',
    locale: 'en-US',
    department: 'Legal',
    timeZone: berlin,
    topics: ['digital-reputation'],
  }),
  playground(5, 'Lynne Robbins', 'lynner@example.com', {
    role: 'mentor',
    locale: 'en-US',
    department: 'Marketing',
    timeZone: berlin,
    topics: ['digital-reputation', 'digital-networking'],
  }),
  tandemOnly(1, 'Jana Schulz', {
    role: 'mentor',
    locale: 'de-DE',
    department: 'IT',
    timeZone: berlin,
    topics: ['agile-organisation', 'error-culture'],
  }),
  tandemOnly(2, 'Dr. Markus Weber', {
    role: 'mentee',
    locale: 'de-DE',
    department: 'Produktion',
    timeZone: berlin,
    topics: ['agile-organisation', 'error-culture'],
  }),
  tandemOnly(3, 'Lena Hoffmann', {
    role: 'mentor',
    locale: 'de-DE',
    department: 'Vertrieb',
    timeZone: berlin,
    topics: ['digital-networking', 'online-resources'],
  }),
  tandemOnly(4, 'Thomas Becker', {
    role: 'mentee',
    locale: 'de-DE',
    department: 'Einkauf',
    timeZone: berlin,
    topics: ['digital-networking'],
  }),
  tandemOnly(5, 'Jonas Fischer', {
    role: 'mentor',
    locale: 'de-DE',
    department: 'IT',
    timeZone: berlin,
    topics: ['online-resources', 'collaboration-tools'],
  }),
  tandemOnly(6, 'Sabine Krüger', {
    role: 'mentee',
    locale: 'de-DE',
    department: 'Personal',
    timeZone: berlin,
    topics: ['online-resources'],
  }),
  tandemOnly(7, 'Felix Wagner', {
    role: 'mentor',
    locale: 'de-DE',
    department: 'Marketing',
    timeZone: berlin,
    topics: ['digital-reputation'],
  }),
];

/** A person of the demo by key (`alex`, `megan`, `weber`, …). */
export function person(key: string): DemoPerson {
  const found = DEMO_PEOPLE.find((p) => p.key === key);
  if (!found) throw new Error(`no demo person ${key}`);
  return found;
}
