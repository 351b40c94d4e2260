import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { MatchingService, MatchingServiceFailure } from '../../services/matching/matching-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import type { ProgrammeService } from '../../services/programmes/programme-service';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions } from '../cards/card-action';
import type { Actor } from '../../services/versioned';
import type { EndPairFailure } from '../../domain/pairing/pair';
import { UNEXPECTED_MATCHING_FAILURES } from './matching-refusals';
import { cardAttachment, type AdaptiveCardJson } from '../cards/card-template';
import { command } from '../commands';
import { timeZoneOf, translatorFor } from '../turn-info';
import { noProgrammeText } from '../programmes/no-programme-text';
import { Verbs } from '../verbs';
import { pairsCard } from './pairs-list.card';
import { asCardText } from '../cards/card-text';
import type { NoticeOutbox } from '../../services/notices/notice-ports';
import { pairEndedPlan } from '../../domain/notices/notice-plans';
import type { Logger } from '../../logger';

export interface PairsListDeps {
  matching: MatchingService;
  programmes: ProgrammeService;
  access: AdminAccess;
  notices: NoticeOutbox;
  logger: Logger;
}

const endData = programmeRef.extend({ pairId: z.string().min(3).max(140) });

/** A sentence for every refusal, shown on the pairs card: a new reason without one does not compile. */
const PAIRS_REFUSALS = {
  ...UNEXPECTED_MATCHING_FAILURES,
  'not-admin': 'programme.notAdmin',
  'not-found': 'programme.notFound',
  busy: 'programme.busy',
  'already-ended': 'pairs.alreadyEnded',
  'reason-required': 'pairs.reasonRequired',
} as const satisfies Record<MatchingServiceFailure | EndPairFailure, string>;

/** HR's `pairs` command: every pair with its status, and ending a pair with a reason. */
export function registerPairsList(app: Application<TurnState>, deps: PairsListDeps): void {
  const actor = (context: TurnContext) =>
    actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
  const render = async (
    context: TurnContext,
    me: Actor,
    programmeId: string,
    notice = '',
  ): Promise<AdaptiveCardJson | string> => {
    const t = translatorFor(context);
    const found = await deps.matching.pairsOfProgramme(me, programmeId);
    return found.ok ? pairsCard(t, found.value, notice, timeZoneOf(context)) : t(PAIRS_REFUSALS[found.reason]);
  };

  app.message(command('pairs'), async (context) => {
    const t = translatorFor(context);
    const me = await actor(context);
    const standing = await deps.programmes.adminStanding(me);
    const programme = standing.runs.find((p) => p.status !== 'draft' && p.status !== 'enrolling');
    const card = programme
      ? await render(context, me, programme.id)
      : noProgrammeText(t, standing, 'pairs.noProgramme');
    await context.sendActivity(
      typeof card === 'string' ? MessageFactory.text(card) : MessageFactory.attachment(cardAttachment(card)),
    );
  });

  const on = cardActions(app, { logger: deps.logger, actor });
  on(Verbs.showPairs, programmeRef, async ({ context, data, actor: me }) => render(context, me, data.programmeId));

  on(Verbs.endPair, endData, async ({ context, data, raw, actor: me, t }) => {
    // The reason comes from the pair's own field; its id is the only `reason_…` input sent.
    const reason = Object.entries(raw).find(([key]) => key.startsWith('reason_'))?.[1];
    const ended = await deps.matching.end(me, data.programmeId, data.pairId, typeof reason === 'string' ? reason : '');
    const refused = (reason: keyof typeof PAIRS_REFUSALS) =>
      render(context, me, data.programmeId, t(PAIRS_REFUSALS[reason]));
    if (!ended.ok && ended.reason !== 'already-ended') return refused(ended.reason);
    const full = await deps.matching.pairWithPeople(me.tenantId, data.programmeId, data.pairId);
    // Ending an ended pair again (an admin's retried invoke or second click) records its notices
    // again: a first run that died before recording them loses nothing, and their ids come from
    // the ending as stored, so nobody is told twice. 'already-ended' comes after the admin check.
    const pairEnded = ended.ok ? ended.value : full?.pair.status === 'ended' ? full.pair : undefined;
    if (!pairEnded) return refused('already-ended');
    // Recorded before the answer, sent by the notice worker: both people (not why), and every admin.
    if (full?.programme) await deps.notices.record(pairEndedPlan(pairEnded, full.programme));
    return render(
      context,
      me,
      data.programmeId,
      t('pairs.ended', {
        mentor: asCardText(full?.mentor?.displayName ?? ''),
        mentee: asCardText(full?.mentee?.displayName ?? ''),
      }),
    );
  });
}
