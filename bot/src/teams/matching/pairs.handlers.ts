import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import type { MatchingService, MatchingServiceFailure } from '../../services/matching/matching-service';
import type { Logger } from '../../logger';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import { cardAttachment } from '../cards/card-template';
import type { PairMessenger } from '../pair-messenger';
import { Verbs } from '../verbs';
import { introductionCard } from './pairing.cards';
import { UNEXPECTED_MATCHING_FAILURES } from './matching-refusals';
import type { Translate } from '../../i18n';
import { languageOf } from '../../domain/language';
import { asCardText } from '../cards/card-text';

export interface PairFeatureDeps {
  matching: MatchingService;
  messenger: Pick<PairMessenger, 'toAdmins' | 'toPerson'>;
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
    if (!answered.ok) return refuse(answered.reason);
    const full = await deps.matching.pairWithPeople(actor.tenantId, data.programmeId, data.pairId);
    if (!full?.mentor || !full.mentee || !full.programme) return t('errors.turnFailed');
    const { pair, mentor, mentee, programme } = full;
    // Answered now, sent after: the invoke must answer fast; a failed notice is logged.
    const logged = (what: string) => (error: unknown) =>
      deps.logger.error({ err: error, programmeId: programme.id }, what);
    if (!accept) {
      void deps.messenger
        .toAdmins(programme, (lt) =>
          MessageFactory.text(
            lt('matching.declinedForHr', {
              mentee: asCardText(mentee.displayName),
              mentor: asCardText(mentor.displayName),
              programme: asCardText(programme.name),
            }),
          ),
        )
        .catch(logged('telling HR of a declined pair failed'));
      return t('matching.declined');
    }
    void deps.messenger
      .toPerson(pair.tenantId, mentor, (mt, reader) =>
        MessageFactory.attachment(
          cardAttachment(
            introductionCard(mt, languageOf(reader.locale), {
              programme,
              pair,
              reader,
              partner: mentee,
              botAppId: deps.botAppId,
            }),
          ),
        ),
      )
      .then(
        (outcome) =>
          outcome.status === 'sent' ||
          deps.logger.warn({ aadObjectId: mentor.aadObjectId, outcome }, 'introduction not delivered'),
      )
      .catch(logged('introducing the mentor failed'));
    return introductionCard(t, language, { programme, pair, reader: mentee, partner: mentor, botAppId: deps.botAppId });
  });
}
