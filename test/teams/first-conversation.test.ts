import { Harness } from '../harness/harness';
import { cardOf, cardText, expectValidCard } from '../harness/card-checker';
import { groupChat, personalChat, teamChannel, teamsUser } from '../harness/teams-activities';
import { Verbs } from '../../bot/src/teams/verbs';

describe('first conversation with Tandem', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  const anna = teamsUser('Anna Berger', { locale: 'en-GB' });
  const bernd = teamsUser('Bernd Köhler', { locale: 'de-DE' });

  test('installing the app in a personal chat greets with a welcome card in English', async () => {
    const chat = personalChat();
    const { replies } = await h.post(h.activities.membersAdded(chat, anna));
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardText(card)).toContain('Welcome to Tandem');
  });

  test('a German Teams client gets the welcome in German', async () => {
    const { replies } = await h.post(h.activities.membersAdded(personalChat(), bernd));
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardText(card)).toContain('Willkommen bei Tandem');
  });

  test('installationUpdate alone does not greet a second time', async () => {
    const { status, replies } = await h.post(h.activities.installationUpdate(personalChat(), anna, 'add'));
    expect(status).toBe(200);
    expect(replies).toHaveLength(0);
  });

  test('help answers with the help card in English', async () => {
    const replies = await h.says(anna, personalChat(), 'help');
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expectValidCard(card);
    expect(cardText(card)).toContain('What Tandem can do');
    expect(cardText(card)).toContain('Shows this overview of commands.');
  });

  test('hilfe answers in German for de-DE, and case and punctuation do not matter', async () => {
    for (const text of ['hilfe', 'Hilfe', 'HILFE!', '  hilfe. ']) {
      const replies = await h.says(bernd, personalChat(), text);
      const card = cardOf(replies[0]);
      expectValidCard(card);
      expect(cardText(card)).toContain('Was Tandem kann');
      expect(cardText(card)).toContain('Zeigt diese Übersicht der Befehle.');
    }
  });

  test('a German speaker typing the English command is still understood, in German', async () => {
    const replies = await h.says(bernd, personalChat(), 'help');
    expect(cardText(cardOf(replies[0]))).toContain('Was Tandem kann');
  });

  test('in a group chat the @mention is stripped before matching the command', async () => {
    const chat = groupChat('Tandem: Anna & Bernd');
    const replies = await h.says(anna, chat, 'help');
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toContain('What Tandem can do');
    expect(replies[0]!.conversation.id).toBe(chat.id);
  });

  test('in a channel the mention is stripped too', async () => {
    const replies = await h.says(bernd, teamChannel(), 'hilfe');
    expect(cardText(cardOf(replies[0]))).toContain('Was Tandem kann');
  });

  test('unknown text gets a short hint to type help, in the right language', async () => {
    const [english] = await h.says(anna, personalChat(), 'what is the weather?');
    expect(english!.text).toContain('Type **help**');
    expect(english!.text).toContain('what is the weather?');
    const [german] = await h.says(bernd, personalChat(), 'Wie wird das Wetter?');
    expect(german!.text).toContain('Geben Sie **hilfe** ein');
  });

  test('a command typed where it does not apply says where it works, in each language', async () => {
    const [english] = await h.says(anna, personalChat(), 'poll');
    expect(english!.text).toContain("“poll” works in your tandem's group chat (mention @Tandem)");
    expect(english!.text).not.toContain("don't know");
    const [german] = await h.says(bernd, personalChat(), 'Umfrage');
    expect(german!.text).toContain('„umfrage“ funktioniert im Gruppenchat Ihres Tandems');
    const [inChat] = await h.says(anna, groupChat('Tandem: Anna & Bernd'), 'match');
    expect(inChat!.text).toContain('“match” works in your personal chat with Tandem');
  });

  test('the welcome card button (Action.Execute) answers with the help card in the invoke response', async () => {
    const { response } = await h.executes(bernd, personalChat(), Verbs.showHelp);
    expect(response.statusCode).toBe(200);
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    expectValidCard(response.value);
    expect(cardText(response.value)).toContain('Was Tandem kann');
  });

  test('the same button as an older Action.Submit posts the help card', async () => {
    const replies = await h.submits(anna, personalChat(), { verb: Verbs.showHelp });
    expect(cardText(cardOf(replies[0]))).toContain('What Tandem can do');
  });

  test('an unknown card verb is answered politely, not with an error', async () => {
    const { response } = await h.executes(anna, personalChat(), 'no.such.verb');
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.value)).toContain('no longer available');
    const replies = await h.submits(bernd, personalChat(), { verb: 'no.such.verb' });
    expect(replies[0]!.text).toContain('nicht mehr verfügbar');
  });

  test('adding the bot to a group chat introduces it to the chat', async () => {
    const chat = groupChat();
    const { replies } = await h.post(h.activities.membersAdded(chat, anna));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("I'm **Tandem**");
  });
});
