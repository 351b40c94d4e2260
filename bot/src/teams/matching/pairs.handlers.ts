import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory } from 'botbuilder';
import { z } from 'zod';
import { languageOf } from '../../domain/language';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import { translator } from '../../i18n';
import type { Logger } from '../../logger';
import { actorOf } from '../actor';
import { parseCardData, programmeRef } from '../card-data';
import { cardAttachment } from '../cards/card-template';
import type { ProactiveSender } from '../proactive';
import { languageFor, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { introductionCard } from './pairing.cards';
import { toAdmins } from '../admin-messages';

export interface PairFeatureDeps {
  matching: MatchingService;
  directory: ConversationDirectory;
  proactive: ProactiveSender;
  botAppId: string;
  logger: Logger;
}

const pairRef = programmeRef.extend({ pairId: z.string().min(3).max(140) });

/** The mentee's answer to a match: confirm (both are introduced) or decline (HR is told). */
export function registerPairs(app: Application<TurnState>, deps: PairFeatureDeps): void {
  const FAILURES: Record<string, string> = { 'not-found': 'matching.notYourPair', 'not-your-pair': 'matching.notYourPair', 'already-answered': 'matching.alreadyAnswered', busy: 'programme.busy' };

  app.adaptiveCards.actionExecute([Verbs.confirmPair, Verbs.declinePair], async (context, _state, raw) => {
    const t = translatorFor(context);
    const data = parseCardData(pairRef, raw);
    if (!data) return t('errors.invalidCardData');
    const accept = context.activity.value?.action?.verb === Verbs.confirmPair;
    const actor = await actorOf(context);
    const answered = await deps.matching.respond(actor, data.programmeId, data.pairId, accept);
    if (!answered.ok) return t(FAILURES[answered.reason] ?? 'errors.turnFailed');
    const full = await deps.matching.pairWithPeople(actor.tenantId, data.programmeId, data.pairId);
    if (!full?.mentor || !full.mentee || !full.programme) return t('errors.turnFailed');
    const { pair, mentor, mentee, programme } = full;
    if (!accept) {
      void toAdmins(deps, programme, (lt) => MessageFactory.text(lt('matching.declinedForHr', { mentee: mentee.displayName, mentor: mentor.displayName, programme: programme.name })));
      return t('matching.declined');
    }
    const mentorLanguage = languageOf(mentor.locale);
    void sendTo(deps, pair.tenantId, mentor.aadObjectId, introductionCard(translator(mentorLanguage), mentorLanguage, { programme, pair, reader: mentor, partner: mentee, botAppId: deps.botAppId }));
    return introductionCard(t, languageFor(context), { programme, pair, reader: mentee, partner: mentor, botAppId: deps.botAppId });
  });
}

async function sendTo(deps: PairFeatureDeps, tenantId: string, aadObjectId: string, card: ReturnType<typeof introductionCard>): Promise<void> {
  const address = await deps.directory.findPerson(tenantId, aadObjectId);
  if (!address) return void deps.logger.warn({ aadObjectId }, 'person cannot be reached');
  const outcome = await deps.proactive.send(address.reference, MessageFactory.attachment(cardAttachment(card)));
  if (outcome.status !== 'sent') deps.logger.warn({ aadObjectId, outcome }, 'introduction not delivered');
}
