import type { Pair } from '../../domain/pairing/pair';
import { remainingPeople } from '../../domain/pairing/pair-ending';
import type { Translate } from '../../i18n';
import type { ProgrammePeople } from '../../services/matching/new-partner-service';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { nameInPair, nameWithRole } from './people-names';
import template from './pair-ended.card.json';

/** Someone of an ended pair who needs a new partner, with the button to find one. */
export interface NeedsPartnerRow {
  text: string;
  findLabel: string;
  programmeId: string;
  personId: string;
}

/** What `pair-ended.card.json` reads. */
export interface PairEndedCardData {
  title: string;
  text: string;
  reason: string;
  needs: NeedsPartnerRow[];
}

/**
 * HR's notice that a pair ended: which pair, why (as a reason code in words that reveal
 * nothing about a person who left), and who now needs a new partner, with a button each.
 */
export function pairEndedCard(
  t: Translate,
  view: ProgrammePeople & { pair: Pick<Pair, 'mentorId' | 'menteeId' | 'endCode'> },
): AdaptiveCardJson {
  const { programme, people, pair } = view;
  const name = (id: string) => nameInPair(t, people, id);
  return expandCard<PairEndedCardData>(template, {
    title: t('pairEnded.title'),
    text: t('pairEnded.text', {
      mentor: name(pair.mentorId),
      mentee: name(pair.menteeId),
      programme: asCardText(programme.name),
    }),
    reason: t('pairEnded.reason', { reason: t(`pairs.endCodes.${pair.endCode ?? 'ended-by-hr'}`) }),
    needs: remainingPeople(pair).flatMap((id) => {
      const person = people.get(id);
      if (!person) return [];
      return [
        {
          text: t('pairEnded.needs', nameWithRole(t, person)),
          findLabel: t('pairEnded.find', { name: person.displayName }),
          programmeId: programme.id,
          personId: id,
        },
      ];
    }),
  });
}
