import { Harness } from '../harness/harness';
import { actionsIn, cardOf, cardText } from '../harness/card-checker';
import { personalChat, teamsUser } from '../harness/teams-activities';
import { actorOf, runningPair, type PairFixture } from '../harness/pair-fixture';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

// NUL, BEL, ESC, backspace, a C1 control, and the direction overrides that make text read
// in another order than it is stored.
const NUL = '\u0000';
const BEL = '\u0007';
const ESC = '\u001b';
const BACKSPACE = '\u0008';
const C1 = '\u0085';
const RLO = '\u202e';
const LRI = '\u2066';

/**
 * Control characters and direction overrides never get stored from what people type (removed,
 * line breaks kept where a field has several lines); a link with a space or a control character
 * inside is refused with a sentence that says so.
 */
describe('control characters in what people type', () => {
  let h: Harness;
  let pair: PairFixture;

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    pair = await runningPair(h, { hr, mentor: anna, mentee: bernd });
  });
  afterAll(() => h.stop());

  test('onboarding answers are stored without them; a goal keeps its line breaks', async () => {
    const chat = pair.personalChats.get(bernd.aadObjectId)!;
    const { response } = await h.executes(bernd, chat, Verbs.submitOnboarding, {
      programmeId: pair.programmeId,
      role: 'mentee',
      department: `${RLO}Fin${NUL}anzen${ESC}`,
      location: `Köln${BEL}\tNord`,
      timeZone: 'Europe/Berlin',
      languages: 'de',
      topics: 'big-data',
      goals: `KI ${BACKSPACE}verstehen\nund${C1} ${LRI}nutzen`,
      availability: 'tue-am',
      format: 'online',
      consent: 'true',
    });
    expect(cardText(response.value)).toContain('Ihre Änderungen sind gespeichert');
    const profile = await h.server.hooks.services.onboarding.profile(actorOf(bernd), pair.programmeId);
    expect(profile).toMatchObject({ department: 'Finanzen', location: 'Köln Nord', goals: 'KI verstehen\nund nutzen' });
  });

  test('a poll question is added without them', async () => {
    await h.says(bernd, pair.pairChat, 'termin');
    await h.presses(bernd, pair.pairChat, Verbs.scheduleMeeting, {
      date: '2027-03-15',
      time: '10:00',
      format: 'online',
    });
    const poll = cardOf((await h.says(bernd, pair.pairChat, 'umfrage'))[0]);
    const ref = { programmeId: pair.programmeId, pairId: pair.pairId, pollId: String(poll.refresh.action.data.pollId) };
    const { response } = await h.executes(anna, pair.pairChat, Verbs.addPollOption, {
      ...ref,
      optionTitle: `${RLO}Wie nutze ich${ESC} Copilot?${NUL}`,
    });
    const text = cardText(response.value);
    expect(text).toContain('Wie nutze ich Copilot?');
    expect([NUL, ESC, RLO].filter((character) => text.includes(character))).toEqual([]);
    // What each member's client shows of the poll message, Bernd's included (he did not press).
    for (const member of [anna, bernd]) {
      const seen = (await h.seenBy(member, pair.pairChat)).filter(
        (m) => m.card?.refresh?.action.verb === Verbs.refreshPoll,
      );
      const shown = cardText(seen.at(-1)!.card);
      expect(shown).toContain('Wie nutze ich Copilot?');
      expect([NUL, ESC, RLO].filter((character) => shown.includes(character))).toEqual([]);
    }
  });

  test('a join link with a space or a control character inside is refused, saying why', async () => {
    const meeting = (await h.seenBy(bernd, pair.pairChat))
      .filter((m) => m.card?.refresh?.action.verb === Verbs.viewMeeting)
      .at(-1)!;
    const ref = actionsIn(meeting.card).find((a) => a.verb === Verbs.setJoinLink)!.data as Record<string, unknown>;
    for (const joinUrl of [
      'https://teams.microsoft.com/l/meetup-join/19 abc',
      `https://teams.micro${NUL}soft.com/l/x`,
    ]) {
      const { response } = await h.executes(bernd, pair.pairChat, Verbs.setJoinLink, { ...ref, joinUrl });
      expect(response.value).toContain('am Stück ein, beginnend mit https:// und ohne Leerzeichen');
    }
    const stored = await h.server.hooks.services.meetings.numbered(actorOf(bernd), pair.programmeId, pair.pairId, 1);
    expect(stored?.joinUrl).toBeUndefined();
    // Neither member's meeting card offers a join button.
    for (const member of [anna, bernd]) {
      const card = (await h.seenBy(member, pair.pairChat))
        .filter((m) => m.card?.refresh?.action.verb === Verbs.viewMeeting)
        .at(-1)!.card;
      expect(
        actionsIn(card).filter((a) => a.type === 'Action.OpenUrl' && String(a.url).includes('teams.micro')),
      ).toEqual([]);
    }
  });

  test("HR's material link with a space inside is refused, saying why", async () => {
    const { response } = await h.executes(hr, personalChat(), Verbs.addMaterial, {
      programmeId: pair.programmeId,
      materialTitle: `Briefing${BEL}`,
      materialUrl: 'https://contoso.sharepoint.com/brief ing',
      materialTopic: 'all',
    });
    expect(cardText(response.value)).toContain('https-Link ohne Leerzeichen');
  });

  test('a command with a control character in it is still understood', async () => {
    const [reply] = await h.says(bernd, personalChat(), `hilfe${BEL}`);
    expect(cardText(cardOf(reply))).toContain('Befehle');
  });
});
