import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { MatchingService, MatchingServiceFailure } from '../../services/matching/matching-service';
import type { Logger } from '../../logger';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import { Verbs } from '../verbs';
import { introductionCard } from './pairing.cards';
import { UNEXPECTED_MATCHING_FAILURES } from './matching-refusals';
import type { Translate } from '../../i18n';
import type { Pair } from '../../domain/pairing/pair';
import type { NoticeOutbox } from '../../services/notices/notice-ports';
import { pairAnsweredPlan } from '../../domain/notices/notice-plans';

export interface PairFeatureDeps {
  matching: MatchingService;
  notices: NoticeOutbox;
  botAppId: string;
  logger: Logger;
}

const pairRef = programmeRef.extend({ pairId: z.string().min(3).max(140) });

/** A sentence for every refusal of a mentee's answer: a new reason without one does not compile. */
const PAIR_ANSWER_REFUSALS = {
  ...UNEXPECTED_MATCHING_FAILURES,
  'not-found': 'matching.notYourPair',
  'not-your-pair': 'matching.notYourPair',
  'already-answered': 'matching.alreadyAnswered',
  busy: 'programme.busy',
  'not-admin': 'errors.turnFailed',
} as const satisfies Record<MatchingServiceFailure, string>;

/** The mentee's answer to a match: confirm (both are introduced) or decline (HR is told). */
export function registerPairs(app: Application<TurnState>, deps: PairFeatureDeps): void {
  const on = cardActions<MatchingServiceFailure>(app, {
    logger: deps.logger,
    refusals: (t: Translate, reason) => t(PAIR_ANSWER_REFUSALS[reason]),
  });
  on([Verbs.confirmPair, Verbs.declinePair], pairRef, async ({ data, verb, actor, t, language }) => {
    const accept = verb === Verbs.confirmPair;
    const answered = await deps.matching.respond(actor, data.programmeId, data.pairId, accept);
    if (!answered.ok && answered.reason !== 'already-answered') return refuse(answered.reason);
    const full = await deps.matching.pairWithPeople(actor.tenantId, data.programmeId, data.pairId);
    // The same answer again is a retried invoke (or a second click): its first run may have
    // stored the answer and died before its notices; recording them again is harmless (their ids
    // come from the answer as stored), so the retry gets the first answer and nothing is lost.
    const pairAnswered = answered.ok ? answered.value : sameAnswer(full?.pair, actor.aadObjectId, accept);
    if (!pairAnswered) return refuse('already-answered');
    // Recorded before the answer, sent by the notice worker: the mentor's introduction, or HR told of the decline.
    await deps.notices.record(pairAnsweredPlan(pairAnswered, full?.programme?.admins ?? []));
    if (!accept) return t('matching.declined');
    if (!full?.mentor || !full.mentee || !full.programme) return t('errors.turnFailed');
    const { pair, mentor, mentee, programme } = full;
    return introductionCard(t, language, { programme, pair, reader: mentee, partner: mentor, botAppId: deps.botAppId });
  });
}

/** The pair if it already holds this mentee's answer (confirmed for a confirm, declined for a decline). */
function sameAnswer(pair: Pair | undefined, aadObjectId: string, accept: boolean): Pair | undefined {
  return pair?.menteeId === aadObjectId && pair.status === (accept ? 'confirmed' : 'declined') ? pair : undefined;
}
