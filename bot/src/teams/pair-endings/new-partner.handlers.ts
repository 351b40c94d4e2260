import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Translate } from '../../i18n';
import type { NewPartnerFailure, NewPartnerService } from '../../services/matching/new-partner-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import { askMentees, type MenteeConfirmationDeps } from '../matching/mentee-confirmation';
import { Verbs } from '../verbs';
import { newPartnerCard } from './new-partner.card';

export interface NewPartnerFeatureDeps extends MenteeConfirmationDeps {
  newPartners: NewPartnerService;
  access: AdminAccess;
}

const personId = z.string().min(1).max(64);
const personData = programmeRef.extend({ personId });
const pairData = programmeRef.extend({ mentorId: personId, menteeId: personId });
const FAILURES: Partial<Record<NewPartnerFailure, string>> = { 'not-admin': 'programme.notAdmin', 'not-found': 'programme.notFound', closed: 'newPartner.closed', 'person-gone': 'newPartner.personGone', 'already-paired': 'newPartner.alreadyPaired' };
const EXPLAINED: ReadonlySet<NewPartnerFailure> = new Set(['nobody-available', 'no-allowed-partner', 'has-partner']);

/** Why there is no new pair, in the admin's words: a refusal, or no partner with the plain reason. */
function failureText(t: Translate, reason: NewPartnerFailure): string {
  const key = FAILURES[reason];
  if (key) return t(key);
  return t('newPartner.none', { reason: t(`newPartner.failures.${EXPLAINED.has(reason) ? reason : 'other'}`) });
}

/**
 * HR's "Find a new partner" for someone whose tandem ended (from the notice or the pairs list):
 * a one-off proposal to confirm, then the pair starts like a published one (the mentee confirms).
 */
export function registerNewPartner(app: Application<TurnState>, deps: NewPartnerFeatureDeps): void {
  const actor = (context: TurnContext) => actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });

  const on = cardActions<NewPartnerFailure>(app, { logger: deps.logger, actor, refusals: failureText });
  on(Verbs.findPartner, personData, async ({ data, actor: me, t, language }) => {
    const found = await deps.newPartners.propose(me, data.programmeId, data.personId);
    return found.ok ? newPartnerCard(t, language, found.value, data.personId) : refuse(found.reason);
  });

  on(Verbs.confirmNewPartner, pairData, async ({ data, actor: me, t }) => {
    const created = await deps.newPartners.confirm(me, data.programmeId, data.mentorId, data.menteeId);
    if (!created.ok) return refuse(created.reason);
    const { pair, people } = created.value;
    // Answered now, sent after: the same confirmation card a published pair's mentee gets.
    void askMentees(deps, [pair], created.value).catch((error: unknown) => deps.logger.error({ err: error }, 'asking the mentee failed'));
    return t('newPartner.created', { mentee: people.get(pair.menteeId)?.displayName ?? '', mentor: people.get(pair.mentorId)?.displayName ?? '' });
  });
}
