import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Translate } from '../../i18n';
import type { NewPartnerFailure, NewPartnerService } from '../../services/matching/new-partner-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions, refuse } from '../cards/card-action';
import type { NoticeOutbox } from '../../services/notices/notice-ports';
import { askMenteesPlan } from '../../domain/notices/notice-plans';
import type { Logger } from '../../logger';
import { Verbs } from '../verbs';
import { UNEXPECTED_MATCHING_FAILURES } from '../matching/matching-refusals';
import { newPartnerCard } from './new-partner.card';
import { asCardText } from '../cards/card-text';

export interface NewPartnerFeatureDeps {
  newPartners: NewPartnerService;
  access: AdminAccess;
  notices: NoticeOutbox;
  logger: Logger;
}

const personId = z.string().min(1).max(64);
const personData = programmeRef.extend({ personId });
const pairData = programmeRef.extend({ mentorId: personId, menteeId: personId });
const refused = (key: string) => (t: Translate) => t(key);
const nobodyFits = (reason: 'nobody-available' | 'no-allowed-partner' | 'has-partner' | 'other') => (t: Translate) =>
  t('newPartner.none', { reason: t(`newPartner.failures.${reason}`) });

// Input the service builds itself: if one of these ever surfaces, HR reads the generic reason.
const UNEXPECTED = Object.fromEntries(
  Object.keys(UNEXPECTED_MATCHING_FAILURES).map((code) => [code, nobodyFits('other')]),
) as Record<keyof typeof UNEXPECTED_MATCHING_FAILURES, (t: Translate) => string>;

/** Why there is no new pair, for every reason there can be: a new reason without a text does not compile. */
const FAILURE_TEXTS = {
  'not-admin': refused('programme.notAdmin'),
  'not-found': refused('programme.notFound'),
  closed: refused('newPartner.closed'),
  'person-gone': refused('newPartner.personGone'),
  'already-paired': refused('newPartner.alreadyPaired'),
  'nobody-available': nobodyFits('nobody-available'),
  'no-allowed-partner': nobodyFits('no-allowed-partner'),
  'has-partner': nobodyFits('has-partner'),
  ...UNEXPECTED,
} satisfies Record<NewPartnerFailure, (t: Translate) => string>;

/** Why there is no new pair, in the admin's words. */
function failureText(t: Translate, reason: NewPartnerFailure): string {
  return FAILURE_TEXTS[reason](t);
}

/**
 * HR's "Find a new partner" for someone whose tandem ended (from the notice or the pairs list):
 * a one-off proposal to confirm, then the pair starts like a published one (the mentee confirms).
 */
export function registerNewPartner(app: Application<TurnState>, deps: NewPartnerFeatureDeps): void {
  const actor = (context: TurnContext) =>
    actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });

  const on = cardActions<NewPartnerFailure>(app, { logger: deps.logger, actor, refusals: failureText });
  on(Verbs.findPartner, personData, async ({ data, actor: me, t, language }) => {
    const found = await deps.newPartners.propose(me, data.programmeId, data.personId);
    return found.ok ? newPartnerCard(t, language, found.value, data.personId) : refuse(found.reason);
  });

  on(Verbs.confirmNewPartner, pairData, async ({ data, actor: me, t }) => {
    const created = await deps.newPartners.confirm(me, data.programmeId, data.mentorId, data.menteeId);
    if (!created.ok) return refuse(created.reason);
    const { pair, people } = created.value;
    // Recorded before the answer, sent by the notice worker: the same question a published pair's mentee gets.
    await deps.notices.record(askMenteesPlan([pair]));
    return t('newPartner.created', {
      mentee: asCardText(people.get(pair.menteeId)?.displayName ?? ''),
      mentor: asCardText(people.get(pair.mentorId)?.displayName ?? ''),
    });
  });
}
