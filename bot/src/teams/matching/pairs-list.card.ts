import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import { isActivePair, remainingPeople } from '../../domain/pairing/pair-ending';
import type { Profile } from '../../domain/participant/profile';
import type { Programme } from '../../domain/programme/programme';
import { languageOfTranslate, type Translate } from '../../i18n';
import { formatInstantDate } from '../../i18n/format-date-time';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { nameInPair, nameWithRole } from '../pair-endings/people-names';
import type { NeedsPartnerRow } from '../pair-endings/pair-ended.card';
import template from './pairs-list.card.json';

/** What the pairs list shows: a programme's pairs and the profiles they name. */
export interface PairsListView {
  programme: Programme;
  pairs: Pair[];
  people: ReadonlyMap<string, Profile>;
}

/** What `pairs-list.card.json` reads: one row per pair. */
export interface PairsListCardData {
  title: string;
  notice: string;
  none: string;
  pairs: Array<{
    line: string;
    status: string;
    flag: string;
    needs: NeedsPartnerRow[];
    canEnd: boolean;
    endLabel: string;
    reasonId: string;
    reasonLabel: string;
    confirmLabel: string;
    programmeId: string;
    pairId: string;
  }>;
}

/** Input ids must be unique in a card, so each pair's reason field carries a short index. */
export const reasonIdOf = (index: number) => `reason_${index}`;

/**
 * The programme's pairs with status, each active one with an End button for HR. Ended pairs
 * stay, with why they ended; whoever is left without a partner is listed as needing one.
 * Dates read in HR's `timeZone`.
 */
export function pairsCard(t: Translate, view: PairsListView, notice: string, timeZone = 'UTC'): AdaptiveCardJson {
  const name = (id: string) => nameInPair(t, view.people, id);
  const taken = new Set(view.pairs.filter(isActivePair).flatMap((pair) => [pair.mentorId, pair.menteeId]));
  return expandCard<PairsListCardData>(template, {
    title: t('pairs.title', { programme: asCardText(view.programme.name) }),
    notice,
    none: t('pairs.none'),
    pairs: view.pairs.map((pair, index) => ({
      line: t('pairs.line', { mentor: name(pair.mentorId), mentee: name(pair.menteeId) }),
      status: statusText(t, pair),
      flag:
        pair.status === 'confirmed' && pair.momentum?.atRisk
          ? t('pairs.atRisk', {
              name: name(pair.momentum.atRisk.personId),
              since: formatInstantDate(pair.momentum.atRisk.since, languageOfTranslate(t), timeZone),
            })
          : '',
      needs: pair.status === 'ended' ? needingPartner(t, view, pair, taken) : [],
      canEnd: isActivePair(pair),
      endLabel: t('pairs.end'),
      reasonId: reasonIdOf(index),
      reasonLabel: t('pairs.reason'),
      confirmLabel: t('pairs.confirmEnd'),
      programmeId: view.programme.id,
      pairId: pairIdOf(pair.mentorId, pair.menteeId),
    })),
  });
}

/** Status, plus the chat binding of an active pair or the reason an ended one ended. */
function statusText(t: Translate, pair: Pair): string {
  const detail =
    pair.status === 'confirmed'
      ? t(pair.chatId ? 'pairs.chat' : 'pairs.noChat')
      : pair.status === 'ended' && pair.endCode
        ? t(`pairs.endCodes.${pair.endCode}`)
        : '';
  return [t(`pairs.status.${pair.status}`), detail].filter(Boolean).join(' · ');
}

/** The people of an ended pair who are still in the programme and not in another pair yet. */
function needingPartner(t: Translate, view: PairsListView, pair: Pair, taken: ReadonlySet<string>): NeedsPartnerRow[] {
  return remainingPeople(pair).flatMap((id) => {
    const person = view.people.get(id);
    if (!person || taken.has(id)) return [];
    return [
      {
        text: t('pairs.needsPartner', nameWithRole(t, person)),
        findLabel: t('pairs.findPartner'),
        programmeId: view.programme.id,
        personId: id,
      },
    ];
  });
}
