import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { languageOf } from '../../domain/language';
import type { Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import type { ConversationDirectory } from '../../services/conversation-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import type { ProgrammeService } from '../../services/programmes/programme-service';
import { translator } from '../../i18n';
import { actorOf } from '../actor';
import { parseCardData, programmeRef } from '../card-data';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { command } from '../commands';
import type { ProactiveSender } from '../proactive';
import { timeZoneOf, translatorFor } from '../turn-info';
import { Verbs } from '../verbs';
import { pairsCard } from './pairs-list.card';
import { tellAdminsPairEnded, type PairEndedNoticeDeps } from '../pair-endings/pair-ended-notice';

export interface PairsListDeps extends PairEndedNoticeDeps {
  matching: MatchingService;
  programmes: ProgrammeService;
  access: AdminAccess;
  directory: ConversationDirectory;
  proactive: ProactiveSender;
}

const endData = programmeRef.extend({ pairId: z.string().min(3).max(140) });
const FAILURES: Record<string, string> = { 'not-admin': 'programme.notAdmin', 'not-found': 'programme.notFound', busy: 'programme.busy', 'already-ended': 'pairs.alreadyEnded', 'reason-required': 'pairs.reasonRequired' };

/** HR's `pairs` command: every pair with its status, and ending a pair with a reason. */
export function registerPairsList(app: Application<TurnState>, deps: PairsListDeps): void {
  const actor = (context: TurnContext) => actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
  const render = async (context: TurnContext, programmeId: string, notice = ''): Promise<AdaptiveCardJson | string> => {
    const t = translatorFor(context);
    const found = await deps.matching.pairsOfProgramme(await actor(context), programmeId);
    return found.ok ? pairsCard(t, found.value, notice, timeZoneOf(context)) : t(FAILURES[found.reason] ?? 'errors.turnFailed');
  };

  app.message(command('pairs'), async (context) => {
    const t = translatorFor(context);
    const [programme] = (await deps.programmes.programmesRunBy(await actor(context))).filter((p) => p.status !== 'draft' && p.status !== 'enrolling');
    const card = programme ? await render(context, programme.id) : t('pairs.noProgramme');
    await context.sendActivity(typeof card === 'string' ? MessageFactory.text(card) : MessageFactory.attachment(cardAttachment(card)));
  });

  app.adaptiveCards.actionExecute(Verbs.showPairs, async (context, _state, raw) => {
    const data = parseCardData(programmeRef, raw);
    return data ? render(context, data.programmeId) : translatorFor(context)('errors.invalidCardData');
  });

  app.adaptiveCards.actionExecute(Verbs.endPair, async (context, _state, raw: Record<string, unknown>) => {
    const t = translatorFor(context);
    const data = parseCardData(endData, raw);
    if (!data) return t('errors.invalidCardData');
    // The reason comes from the pair's own field; its id is the only `reason_…` input sent.
    const reason = Object.entries(raw ?? {}).find(([key]) => key.startsWith('reason_'))?.[1];
    const ended = await deps.matching.end(await actor(context), data.programmeId, data.pairId, typeof reason === 'string' ? reason : '');
    if (!ended.ok) return render(context, data.programmeId, t(FAILURES[ended.reason] ?? 'errors.turnFailed'));
    const full = await deps.matching.pairWithPeople(ended.value.tenantId, data.programmeId, data.pairId);
    if (full?.programme) void tellPair(deps, ended.value, full.programme);
    void tellAdminsPairEnded(deps, ended.value);
    return render(context, data.programmeId, t('pairs.ended', { mentor: full?.mentor?.displayName ?? '', mentee: full?.mentee?.displayName ?? '' }));
  });
}

/** Both people learn that HR ended their tandem; the reason stays with HR. */
async function tellPair(deps: PairsListDeps, pair: Pair, programme: Programme): Promise<void> {
  for (const id of [pair.mentorId, pair.menteeId]) {
    const address = await deps.directory.findPerson(pair.tenantId, id);
    if (address) await deps.proactive.send(address.reference, MessageFactory.text(translator(languageOf(address.locale))('pairs.notice', { programme: programme.name })));
  }
}
