import type { Language } from '../../domain/language';
import type { Translate } from '../../i18n';
import { fitReasonText, percent } from '../../i18n/fit-reason-text';
import type { NewPartnerProposal } from '../../services/matching/new-partner-service';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import type { FitReasonLine } from '../matching/pairing.cards';
import template from './new-partner.card.json';

/** What `new-partner.card.json` reads. */
export interface NewPartnerCardData {
  title: string;
  line: string;
  why: string;
  reasons: FitReasonLine[];
  next: string;
  confirm: string;
  programmeId: string;
  mentorId: string;
  menteeId: string;
}

/** The partner Tandem proposes for someone whose tandem ended, with the reasons, for HR to confirm. */
export function newPartnerCard(
  t: Translate,
  language: Language,
  view: NewPartnerProposal,
  personId: string,
): AdaptiveCardJson {
  const { programme, people, proposal } = view;
  const name = (id: string) => asCardText(people.get(id)?.displayName ?? id);
  return expandCard<NewPartnerCardData>(template, {
    title: t('newPartner.title', { name: name(personId) }),
    line: t('newPartner.pair', {
      mentor: name(proposal.mentor),
      mentee: name(proposal.mentee),
      score: percent(proposal.score),
    }),
    why: t('newPartner.why'),
    reasons: proposal.reasons.map((reason) => ({
      text: asCardText(fitReasonText(t, language, programme.topics, reason)),
    })),
    next: t('newPartner.next', { mentee: name(proposal.mentee) }),
    confirm: t('newPartner.confirm'),
    programmeId: programme.id,
    mentorId: proposal.mentor,
    menteeId: proposal.mentee,
  });
}
