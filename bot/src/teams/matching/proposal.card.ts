import type { Language } from '../../domain/language';
import type { ProposalView } from '../../services/matching/matching-service';
import type { Translate } from '../../i18n';
import { expandCard, type AdaptiveCardJson } from '../cards/card-template';
import { asCardText } from '../cards/card-text';
import { Verbs } from '../verbs';
import { percent, fitReasonText } from '../../i18n/fit-reason-text';
import template from './proposal.card.json';

/** Pairs per page: keeps the card well under Teams' size limit and readable on a phone. */
export const PAIRS_PER_PAGE = 8;

/** What `proposal.card.json` reads: this page's pairs, the unmatched, and the paging buttons. */
export interface ProposalCardData {
  title: string;
  summary: string;
  notice: string;
  programmeId: string;
  canPublish: boolean;
  csvUrl: string;
  labels: { unmatchedTitle: string; rerun: string; publish: string; csv: string };
  pairs: Array<{
    line: string;
    badge: string;
    reasons: string;
    programmeId: string;
    mentorId: string;
    menteeId: string;
    page: string;
    lockTitle: string;
    lockVerb: string;
    excludeTitle: string;
  }>;
  unmatched: Array<{ text: string }>;
  pageLabel: string;
  paging: Array<{ title: string; page: string; programmeId: string }>;
}

/** The proposal for HR: pairs with their reasons, lock/exclude per pair, the unmatched with why. */
export function proposalCard(
  t: Translate,
  language: Language,
  view: ProposalView,
  page: number,
  notice = '',
  csvUrl = '',
): AdaptiveCardJson {
  const { programme, proposal, people } = view;
  const result = proposal.result;
  const name = (id: string) => asCardText(people.get(id)?.displayName ?? id);
  const pages = Math.max(1, Math.ceil(result.pairs.length / PAIRS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const isLocked = (mentor: string, mentee: string) => proposal.locked.some(([m, e]) => m === mentor && e === mentee);
  const mentees = result.matched + result.unmatched.filter((u) => u.role === 'mentee').length;
  const average = result.pairs.length ? percent(result.totalScore / result.pairs.length) : 0;
  return expandCard<ProposalCardData>(template, {
    title: t('matching.proposal.title', { programme: asCardText(programme.name) }),
    summary: t('matching.proposal.summary', { matched: result.matched, mentees, average }),
    notice,
    programmeId: programme.id,
    canPublish: !proposal.publishedAt && result.pairs.length > 0,
    csvUrl,
    labels: {
      unmatchedTitle: t('matching.proposal.unmatchedTitle'),
      rerun: t('matching.proposal.rerun'),
      publish: t('matching.proposal.publish'),
      csv: t('matching.proposal.csv'),
    },
    pairs: result.pairs.slice((current - 1) * PAIRS_PER_PAGE, current * PAIRS_PER_PAGE).map((pair) => {
      const locked = isLocked(pair.mentor, pair.mentee);
      return {
        line: t('matching.proposal.pair', {
          mentor: name(pair.mentor),
          mentee: name(pair.mentee),
          score: percent(pair.score),
        }),
        badge: locked ? t('matching.proposal.locked') : '',
        reasons: pair.reasons
          .map((reason) => asCardText(fitReasonText(t, language, programme.topics, reason)))
          .join(' · '),
        programmeId: programme.id,
        mentorId: pair.mentor,
        menteeId: pair.mentee,
        page: String(current),
        lockTitle: t(locked ? 'matching.proposal.unlock' : 'matching.proposal.lock'),
        lockVerb: locked ? Verbs.unlockPair : Verbs.lockPair,
        excludeTitle: t('matching.proposal.exclude'),
      };
    }),
    unmatched: result.unmatched.map((person) => ({
      text: t('matching.proposal.unmatched', {
        name: name(person.id),
        role: t(`onboarding.roles.${person.role}`),
        reason: t(`matching.unmatched.${person.reason}`),
      }),
    })),
    pageLabel: t('matching.proposal.page', { page: current, pages }),
    paging: [
      ...(current > 1
        ? [{ title: t('matching.proposal.previous'), page: String(current - 1), programmeId: programme.id }]
        : []),
      ...(current < pages
        ? [{ title: t('matching.proposal.next'), page: String(current + 1), programmeId: programme.id }]
        : []),
    ],
  });
}
