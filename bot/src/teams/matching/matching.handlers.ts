import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { ConstraintChange } from '../../domain/pairing/proposal';
import type { MatchingService, MatchingServiceFailure, ProposalView } from '../../services/matching/matching-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import type { ProgrammeService } from '../../services/programmes/programme-service';
import type { Logger } from '../../logger';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse, type CardAction } from '../cards/card-action';
import type { Translate } from '../../i18n';
import { cardAttachment } from '../cards/card-template';
import { command } from '../commands';
import { languageFor, translatorFor } from '../turn-info';
import { noProgrammeText } from '../programmes/no-programme-text';
import { Verbs } from '../verbs';
import { UNEXPECTED_MATCHING_FAILURES } from './matching-refusals';
import { proposalCard as renderProposal } from './proposal.card';
import type { DownloadLinks } from '../../services/privacy/download-links';
import type { Actor } from '../../services/versioned';
import type { NoticeOutbox } from '../../services/notices/notice-ports';
import { askMenteesPlan } from '../../domain/notices/notice-plans';

export interface MatchingFeatureDeps {
  matching: MatchingService;
  links: DownloadLinks;
  programmes: ProgrammeService;
  access: AdminAccess;
  notices: NoticeOutbox;
  logger: Logger;
}

const pageData = programmeRef.extend({ page: z.coerce.number().int().min(1).max(1000).default(1) });
const pairData = pageData.extend({ mentorId: z.string().min(1).max(64), menteeId: z.string().min(1).max(64) });
const refused = (key: string) => (t: Translate) => t(key);
/** A run the engine refused ("duplicate id", "lock conflict", …), said in words HR can act on. */
const failedBecause = (code: string) => (t: Translate) =>
  t('matching.failed', { reason: t(`matching.failures.${code}`, { defaultValue: t('matching.failures.other') }) });
const ENGINE_REFUSALS = Object.fromEntries(
  Object.keys(UNEXPECTED_MATCHING_FAILURES).map((code) => [code, failedBecause(code)]),
) as Record<keyof typeof UNEXPECTED_MATCHING_FAILURES, (t: Translate) => string>;

/** A sentence for every refusal: a new reason without one does not compile. */
const REFUSAL_TEXTS = {
  ...ENGINE_REFUSALS,
  'not-admin': refused('programme.notAdmin'),
  'not-found': refused('programme.notFound'),
  'not-matching': refused('matching.notMatching'),
  busy: refused('programme.busy'),
  'no-proposal': refused('matching.noProgramme'),
} satisfies Record<MatchingServiceFailure, (t: Translate) => string>;

/** HR's `match` command and the proposal card: page, lock, unlock, exclude, run again, publish. */
export function registerMatching(app: Application<TurnState>, deps: MatchingFeatureDeps): void {
  const actor = (context: TurnContext) =>
    actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
  /** The card with a fresh CSV link for the admin looking at it. */
  const proposalCard = async (context: TurnContext, me: Actor, view: ProposalView, page: number, notice = '') => {
    const csvUrl = await deps.links.proposalLink(
      { tenantId: me.tenantId, aadObjectId: me.aadObjectId },
      view.programme.id,
    );
    return renderProposal(translatorFor(context), languageFor(context), view, page, notice, csvUrl);
  };

  app.message(command('match'), async (context) => {
    const me = await actor(context);
    const standing = await deps.programmes.adminStanding(me);
    const programme = standing.runs.find((p) => p.status === 'matching');
    if (!programme)
      return void (await context.sendActivity(
        MessageFactory.text(noProgrammeText(translatorFor(context), standing, 'matching.noProgramme')),
      ));
    const view = await deps.matching.propose(me, programme.id);
    const reply = view.ok
      ? MessageFactory.attachment(cardAttachment(await proposalCard(context, me, view.value, 1)))
      : MessageFactory.text(matchingRefusalText(translatorFor(context), view.reason));
    await context.sendActivity(reply);
  });

  const on = cardActions<MatchingServiceFailure>(app, { logger: deps.logger, actor, refusals: matchingRefusalText });
  on(Verbs.showProposal, pageData, async ({ context, data, actor: me }) => {
    const view = await deps.matching.proposal(me, data.programmeId);
    return view.ok ? proposalCard(context, me, view.value, data.page) : refuse(view.reason);
  });

  on(Verbs.rerunMatching, pageData, async ({ context, data, actor: me }) => {
    const view = await deps.matching.propose(me, data.programmeId);
    return view.ok ? proposalCard(context, me, view.value, 1) : refuse(view.reason);
  });

  const constraint =
    (kind: ConstraintChange['kind']) =>
    async ({ context, data, actor: me }: CardAction<z.infer<typeof pairData>>) => {
      const view = await deps.matching.propose(me, data.programmeId, {
        kind,
        mentorId: data.mentorId,
        menteeId: data.menteeId,
      });
      return view.ok ? proposalCard(context, me, view.value, data.page) : refuse(view.reason);
    };
  on(Verbs.lockPair, pairData, constraint('lock'));
  on(Verbs.unlockPair, pairData, constraint('unlock'));
  on(Verbs.excludePair, pairData, constraint('exclude'));

  on(Verbs.publishProposal, programmeRef, async ({ context, data, actor: me, t }) => {
    const published = await deps.matching.publish(me, data.programmeId);
    if (!published.ok) return refuse(published.reason);
    // Recorded before the answer, sent by the notice worker: a cohort may be large, and a crash loses nothing.
    await deps.notices.record(askMenteesPlan(published.value.created));
    return proposalCard(
      context,
      me,
      published.value.view,
      1,
      t('matching.proposal.published', { count: published.value.created.length }),
    );
  });
}

/** A refused matching action in the admin's words: a plain refusal, or why the run failed. */
function matchingRefusalText(t: Translate, reason: MatchingServiceFailure): string {
  return REFUSAL_TEXTS[reason](t);
}
