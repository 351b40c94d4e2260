import { Harness } from '../harness/harness';
import { cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { personalChat, teamsUser } from '../harness/teams-activities';
import { JOURNEY, seedJourney } from '../harness/journey-fixture';

/** `dashboard` / `übersicht` in HR's personal chat: the headline figures and the way to the full dashboard. */
describe('the dashboard command', () => {
  let h: Harness;
  let programmeId: string;
  const hr = { ...teamsUser('Helga Richter', { locale: 'de-DE' }), aadObjectId: JOURNEY.hr };
  const hrEnglish = { ...teamsUser('Harriet Reed', { locale: 'en-GB' }), aadObjectId: JOURNEY.hr };
  const mentee = { ...teamsUser('Bernd Köhler', { locale: 'de-DE' }), aadObjectId: JOURNEY.mentee };

  beforeAll(async () => {
    h = await Harness.start({
      env: { TANDEM_BOOTSTRAP_ADMINS: JOURNEY.hr, TEAMS_APP_ID: 'c0ffee00-1111-4222-8333-444455556666' },
    });
    programmeId = await seedJourney(h.server, h.clock);
  });
  afterAll(() => h.stop());

  test('HR gets the headline figures in German, ratings of fewer than three withheld, and a deep link into the tab', async () => {
    const [reply] = await h.says(hr, personalChat(), 'übersicht');
    const card = cardOf(reply);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Übersicht: Reverse Mentoring 2027');
    expect(text).toContain('Teilnehmende');
    expect(text).toMatch(/Laufende Tandems\s*2/);
    expect(text).toContain('1 von 12');
    expect(text).toContain('zu wenige für eine Anzeige');
    const open = card.actions.find((a: { type: string }) => a.type === 'Action.OpenUrl');
    expect(open.title).toBe('Übersicht öffnen');
    const url = new URL(open.url);
    expect(url.origin + url.pathname).toBe(
      'https://teams.microsoft.com/l/entity/c0ffee00-1111-4222-8333-444455556666/my-programme',
    );
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: `dashboard:${programmeId}` });
  });

  test('in English for an English Teams client; a month without meetings shows both pairs as quiet', async () => {
    h.clock.advance(30 * 86_400_000);
    const [reply] = await h.says(hrEnglish, personalChat(), 'dashboard');
    const text = cardText(cardOf(reply));
    expect(text).toContain('Dashboard: Reverse Mentoring 2027');
    expect(text).toContain('1 of 12');
    expect(text).toContain('0 at risk, 2 quiet, 0 behind');
  });

  test('a participant is told the command is for HR', async () => {
    const [reply] = await h.says(mentee, personalChat(), 'übersicht');
    expect(reply!.text).toContain('nur die HR-Admins');
  });
});
