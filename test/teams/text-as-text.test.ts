import { Harness } from '../harness/harness';
import { actionsIn, cardOf, expectValidCard } from '../harness/card-checker';
import { liveLinksIn, shownCardText } from '../harness/card-markdown';
import { withoutMentorKits } from '../harness/mentor-kit-cards';
import {
  groupChat,
  personalChat,
  teamsUser,
  type TeamsConversation,
  type TeamsUser,
} from '../harness/teams-activities';
import { enrollingProgramme, onboardingAnswers } from '../harness/pair-fixture';
import { pollIdOf } from './support/poll-cards';
import { Verbs } from '../../bot/src/teams/verbs';

const hr = teamsUser('Helga Richter', { locale: 'de-DE' });
const anna = teamsUser('Anna Berger', { locale: 'en-GB', timeZone: 'Europe/London' });
const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE', timeZone: 'Europe/Berlin' });

// What someone could type to put a phishing link on their partner's or HR's card.
const department = 'IT [Intranet](https://evil.example/it)';
const goal = '[Verify your Teams account](https://evil.example/login)';
const question = 'Wie geht das? [Hier klicken](https://evil.example/poll)';
const note = '**Wichtig:** [Agenda](https://evil.example/agenda)';

type Card = Record<string, any>;

/** The card shows the typed text as a reader sees it, and no link to where the text pointed. */
function expectShownAsText(card: Card, typed: string): void {
  expectValidCard(card);
  expect(liveLinksIn(card).filter((url) => url.includes('evil.example'))).toEqual([]);
  expect(shownCardText(card)).toContain(typed);
}

/**
 * Text people type reaches other people's cards: a department on HR's proposal and the
 * mentee's confirmation, a goal on the mentor's introduction, a poll question and a meeting
 * note on the partner's cards in the pair chat. Each reads as typed, with no live link.
 */
describe('what people type is shown on the cards of others as text, never as a link', () => {
  let h: Harness;
  let programmeId = '';
  const chats = new Map<TeamsUser, TeamsConversation>();
  const chatOf = (user: TeamsUser) => chats.get(user)!;
  // The mentor kit (mentor-kit.test.ts) shows nothing people typed.
  const cardsTo = (user: TeamsUser) =>
    withoutMentorKits(h.connector.messages(chatOf(user).id)).filter((m) => m.attachments?.length);
  const pairChat = groupChat('Tandem: Anna & Bernd');

  beforeAll(async () => {
    h = await Harness.start({ env: { TANDEM_BOOTSTRAP_ADMINS: hr.aadObjectId } });
    h.clock.set(new Date('2027-03-01T08:00:00Z'));
    for (const user of [hr, anna, bernd]) {
      chats.set(user, personalChat());
      h.connector.setMembers(chatOf(user).id, [
        { id: user.id, name: user.name, aadObjectId: user.aadObjectId, userPrincipalName: `${user.aadObjectId}@x` },
      ]);
    }
    programmeId = await enrollingProgramme(h, hr);
    await h.executes(anna, chatOf(anna), Verbs.submitOnboarding, {
      programmeId,
      ...onboardingAnswers('mentor', anna, { department }),
    });
    await h.executes(bernd, chatOf(bernd), Verbs.submitOnboarding, {
      programmeId,
      ...onboardingAnswers('mentee', bernd),
      goals: goal,
    });
    await h.executes(hr, chatOf(hr), Verbs.moveProgramme, { programmeId, to: 'matching' });
  });
  afterAll(() => h.stop());

  test("a department is text on HR's matching proposal and on the mentee's confirmation", async () => {
    const [reply] = await h.says(hr, chatOf(hr), 'matching');
    expectShownAsText(cardOf(reply), `Aus verschiedenen Abteilungen: ${department} und Finanzen`);

    await h.executes(hr, chatOf(hr), Verbs.publishProposal, { programmeId });
    await h.connector.waitFor(() => cardsTo(bernd).length >= 1);
    expectShownAsText(cardOf(cardsTo(bernd).at(-1)), `(${department}) als Ihren Mentor`);
  });

  test("the mentee's goal is text on the mentor's introduction", async () => {
    const confirmation = cardOf(cardsTo(bernd).at(-1));
    const yes = actionsIn(confirmation).find((a) => a.verb === Verbs.confirmPair)!;
    await h.executes(bernd, chatOf(bernd), Verbs.confirmPair, yes.data as Record<string, unknown>);
    await h.connector.waitFor(() => cardsTo(anna).length >= 1);
    expectShownAsText(cardOf(cardsTo(anna).at(-1)), goal);
  });

  test("a meeting note and a poll question are text on the partner's cards in the pair chat", async () => {
    h.connector.setMembers(
      pairChat.id,
      [anna, bernd].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })),
    );
    await h.post(h.activities.membersAdded(pairChat, bernd));
    await h.says(bernd, pairChat, 'termin');
    await h.presses(bernd, pairChat, Verbs.scheduleMeeting, {
      date: '2027-03-15',
      time: '10:00',
      format: 'online',
      note,
    });
    for (const member of [anna, bernd]) {
      const meeting = (await h.seenBy(member, pairChat)).filter(
        (m) => m.card?.refresh?.action.verb === Verbs.viewMeeting,
      );
      expectShownAsText(meeting.at(-1)!.card!, note);
    }

    const poll = cardOf((await h.says(bernd, pairChat, 'umfrage'))[0]);
    const ref = { programmeId, pairId: String(poll.refresh.action.data.pairId), pollId: pollIdOf(poll) };
    await h.executes(bernd, pairChat, Verbs.addPollOption, { ...ref, optionTitle: question });
    for (const member of [anna, bernd]) {
      const seen = (await h.seenBy(member, pairChat)).filter((m) => m.card?.refresh?.action.verb === Verbs.refreshPoll);
      expectShownAsText(seen.at(-1)!.card!, question);
    }
  });
});
