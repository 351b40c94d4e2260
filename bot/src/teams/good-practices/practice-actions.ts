import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { cardToggle } from '../../domain/validation';
import type { Logger } from '../../logger';
import type { PracticeCurationService } from '../../services/good-practices/practice-curation-service';
import type { PracticePublishing, PublishingFailure } from '../../services/good-practices/practice-publishing';
import type { PracticeSharingService, SharingFailure } from '../../services/good-practices/practice-sharing-service';
import type { AdminAccess } from '../../services/programmes/admin-access';
import { actorOf } from '../actor';
import { programmeRef } from '../card-data';
import { cardActions } from '../cards/card-action';

export type PracticeFailure = SharingFailure | PublishingFailure;

/** A sentence for every refusal: a new reason without one does not compile. */
export const PRACTICE_REFUSALS = {
  'not-found': 'goodPractices.failures.not-found',
  'not-in-programme': 'goodPractices.failures.not-in-programme',
  'not-admin': 'goodPractices.failures.not-admin',
  'not-yours': 'goodPractices.failures.not-yours',
  'already-decided': 'goodPractices.failures.already-decided',
  'not-approved': 'goodPractices.failures.not-approved',
  'no-channel': 'goodPractices.failures.no-channel',
  busy: 'goodPractices.failures.busy',
  // Marked on the card instead; never said on its own.
  'invalid-input': 'errors.turnFailed',
} as const satisfies Record<PracticeFailure, string>;

/** Card data naming one practice; the service checks the person may act on it. */
export const practiceRef = programmeRef.extend({ practiceId: z.string().min(1).max(100) });
export const queueRef = programmeRef.extend({ page: z.coerce.number().int().min(0).max(10_000).default(0) });
export const submissionRef = programmeRef.extend({ submissionId: z.string().uuid() });
export const publishRef = practiceRef.extend({ news: cardToggle, community: cardToggle });

export interface GoodPracticeFeatureDeps {
  sharing: PracticeSharingService;
  curation: PracticeCurationService;
  publishing: PracticePublishing;
  /** Starts a queued broadcast's fan-out in the background. */
  startBroadcast(tenantId: string, broadcastId: string): void;
  access: AdminAccess;
  newId: () => string;
  logger: Logger;
}

/** The card actions of good practices: admins recognised by UPN too, refusals in the reader's words. */
export function practiceActions(app: Application<TurnState>, deps: GoodPracticeFeatureDeps) {
  return cardActions<PracticeFailure>(app, {
    logger: deps.logger,
    actor: adminAwareActor(deps),
    refusals: (t, reason) => t(PRACTICE_REFUSALS[reason]),
  });
}

/** Admins configured by UPN are recognised only with the UPN looked up. */
export function adminAwareActor(deps: Pick<GoodPracticeFeatureDeps, 'access'>) {
  return (context: TurnContext) => actorOf(context, { withUserPrincipalName: deps.access.needsUserPrincipalNames });
}
