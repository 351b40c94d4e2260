import { LANGUAGES } from '../../bot/src/domain/language';
import { translator } from '../../bot/src/i18n';
import { helpCard } from '../../bot/src/teams/help/help.card';
import { welcomeCard } from '../../bot/src/teams/welcome/welcome.card';
import { cardProblems, cardText } from '../harness/card-checker';
import { liveLinksIn, shownCardText } from '../harness/card-markdown';
import { cardTemplates, RENDERINGS } from './support/card-renderings';
import { TYPED_LINK } from './support/card-samples';

describe('card catalogue', () => {
  test('every card template has renderings in this test', () => {
    expect(cardTemplates().sort()).toEqual(Object.keys(RENDERINGS).sort());
  });

  for (const [template, renderings] of Object.entries(RENDERINGS)) {
    for (const language of LANGUAGES) {
      test(`${template} in ${language} is a valid Teams card`, () => {
        for (const render of renderings) {
          const card = render(translator(language));
          expect(cardProblems(card)).toEqual([]);
        }
      });
    }
  }

  // The samples carry a Markdown link in every text a person typed (TYPED_LINK): a card that
  // shows one as a link, in any rendering, fails here.
  for (const [template, renderings] of Object.entries(RENDERINGS)) {
    test(`${template} shows typed text as text`, () => {
      for (const language of LANGUAGES)
        for (const render of renderings) {
          const card = render(translator(language));
          expect(liveLinksIn(card).filter((url) => url.includes('evil.example'))).toEqual([]);
        }
    });
  }

  test('the typed-text check sees a live link', () => {
    const card = { type: 'AdaptiveCard', body: [{ type: 'FactSet', facts: [{ title: 'Goals', value: TYPED_LINK }] }] };
    expect(liveLinksIn(card)).toEqual(['https://evil.example/login']);
    expect(shownCardText(card)).toContain(TYPED_LINK);
  });

  test('the card checker catches what Teams would reject', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] })).toEqual([expect.stringContaining('1.6')]);
    expect(
      cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${missing}' }] }),
    ).toEqual([expect.stringContaining('unresolved')]);
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        actions: [{ type: 'Action.Execute', title: 'x', verb: 'nope' }],
      }),
    ).toEqual([expect.stringContaining('unknown verb')]);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] })[0]).toContain(
      'Unknown element type',
    );
  });

  test('German cards are German', () => {
    expect(cardText(helpCard(translator('de'), 'personal'))).toContain('Befehle');
    expect(cardText(welcomeCard(translator('de')))).toContain('Willkommen');
  });
});
