import {
  missingChannels,
  resolveAudience,
  type AudienceMember,
  type ChannelKind,
} from '../../../bot/src/domain/broadcasts';

const members: AudienceMember[] = [
  { aadObjectId: 'anna', displayName: 'Anna', role: 'mentor', language: 'en' },
  { aadObjectId: 'bernd', displayName: 'Bernd', role: 'mentee', language: 'de' },
  { aadObjectId: 'carla', displayName: 'Carla', role: 'mentor', language: 'de' },
];
const channels = new Map<ChannelKind, string>([['news', 'Programme news']]);
const keys = (audience: Parameters<typeof resolveAudience>[0]) =>
  resolveAudience(audience, members, channels).map((r) => r.key);

describe('audience', () => {
  test.each([
    [['participants'], ['person:anna', 'person:bernd', 'person:carla']],
    [['mentors'], ['person:anna', 'person:carla']],
    [['mentees'], ['person:bernd']],
    [
      ['mentors', 'participants'],
      ['person:anna', 'person:bernd', 'person:carla'],
    ],
    [
      ['channel', 'mentees'],
      ['channel:news', 'person:bernd'],
    ],
    [['community'], []],
  ] as const)('%j reaches %j, each once', (audience, expected) => {
    expect(keys(audience)).toEqual(expected);
  });

  test('people keep their language; the channel gets every version', () => {
    const plans = resolveAudience(['channel', 'mentees'], members, channels);
    expect(plans.map((p) => p.language)).toEqual(['all', 'de']);
  });

  test('channel audiences without a configured channel are named', () => {
    expect(missingChannels(['channel', 'community', 'mentors'], channels)).toEqual(['community']);
    expect(missingChannels(['mentors'], new Map())).toEqual([]);
  });
});
