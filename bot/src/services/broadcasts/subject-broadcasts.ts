import {
  missingChannels,
  subjectBroadcast,
  type Audience,
  type Broadcast,
  type ReportLocation,
} from '../../domain/broadcasts';
import type { BroadcastSubject } from '../../domain/broadcasts/broadcast';
import type { Clock } from '../../domain/clock';
import type { Language } from '../../domain/language';
import { fail, ok, type Result } from '../../domain/result';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor } from '../versioned';
import type { BroadcastRepository, ChannelSettings } from './broadcast-ports';
import type { BroadcastFailure } from './broadcast-service';

/**
 * A feature's item to send through the fan-out (see `BroadcastSubject`): whom it reaches and
 * the title HR's report shows. The feature's card maker (registered in the Teams layer for
 * `subject.kind`) draws each recipient's card.
 */
export interface SubjectBroadcastRequest {
  /** Chosen by the feature for its item (one broadcast per item), so a double click queues it once. */
  broadcastId: string;
  programmeId: string;
  subject: BroadcastSubject;
  /** The title per language, for HR's report card and news list (at least one). */
  titles: Partial<Record<Language, string>>;
  audience: Audience[];
}

/**
 * The entry point for features that send their own cards through the broadcast fan-out
 * (per-recipient rows, throttling, retries, the live report). News keeps its own use cases in
 * `BroadcastService`; this one skips the draft stage, since the feature has its own preview.
 */
export class SubjectBroadcasts {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly channelSettings: ChannelSettings,
    private readonly broadcasts: BroadcastRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Queues a feature's item for fan-out to an audience, checking that the actor runs its
   * programme. The caller starts the fan-out (as for news; the scheduler job finishes a stalled
   * one). Asking again with the same id and subject answers the broadcast already queued.
   */
  async queue(
    actor: Actor,
    request: SubjectBroadcastRequest,
    report?: ReportLocation,
  ): Promise<Result<Broadcast, BroadcastFailure>> {
    const programme = await this.programmes.get(actor, request.programmeId);
    if (!programme.ok) return programme;
    const channels = await this.channelSettings.channels(actor.tenantId, request.programmeId);
    if (missingChannels(request.audience, new Map([...channels].map(([kind, ref]) => [kind, ref.name]))).length > 0)
      return fail('missing-channel');
    const broadcast = subjectBroadcast(
      {
        programmeId: request.programmeId,
        subject: request.subject,
        audience: request.audience,
        content: contentOf(request.titles),
      },
      {
        id: request.broadcastId,
        tenantId: actor.tenantId,
        createdBy: actor.aadObjectId,
        createdByName: actor.displayName,
        now: this.clock.now(),
      },
      report,
    );
    if ((await this.broadcasts.create(broadcast)) === 'created') return ok(broadcast);
    const existing = (await this.broadcasts.get(actor.tenantId, request.broadcastId))?.value;
    const same = existing?.subject?.kind === request.subject.kind && existing.subject.id === request.subject.id;
    return existing && same ? ok(existing) : fail('not-found');
  }
}

/** The titles as news content, which is what HR's report card and news list read. */
function contentOf(titles: Partial<Record<Language, string>>): Broadcast['content'] {
  const versions = Object.fromEntries(
    Object.entries(titles).map(([language, title]) => [language, { title, text: '' }]),
  );
  return { language: versions.de && versions.en ? 'both' : versions.de ? 'de' : 'en', versions };
}
