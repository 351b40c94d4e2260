import {
  cancelBroadcast,
  draftBroadcast,
  missingChannels,
  parseNewsDraft,
  queueBroadcast,
  resolveAudience,
  scheduleBroadcast,
  type AudienceMember,
  type Broadcast,
  type ChannelKind,
  type Recipient,
  type RecipientPlan,
  type ReportLocation,
} from '../../domain/broadcasts';
import type { BroadcastChangeFailure } from '../../domain/broadcasts/broadcast';
import type { Clock } from '../../domain/clock';
import { languageOf } from '../../domain/language';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { ProfileRepository } from '../onboarding/profile-repository';
import type { ProgrammeService } from '../programmes/programme-service';
import type { Actor, ConditionalWrite, Versioned } from '../versioned';
import type { BroadcastRepository, ChannelRef, ChannelSettings, RecipientRepository } from './broadcast-ports';

/** Why a broadcast use case refused: its own reasons and the domain's. */
export type BroadcastFailure =
  'not-admin' | 'not-found' | 'no-programme' | 'invalid-input' | 'missing-channel' | 'busy' | BroadcastChangeFailure;

/** A previewed draft and whom it would reach now. */
export interface PreviewedBroadcast {
  broadcast: Broadcast;
  recipients: RecipientPlan[];
}

const MAX_CONFLICT_RETRIES = 3;
const RECENT_LIMIT = 10;

/** HR's use cases for news: compose, preview, send or schedule, cancel, look back; every step checks admin rights. */
export class BroadcastService {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly profiles: ProfileRepository,
    private readonly channelSettings: ChannelSettings,
    private readonly broadcasts: BroadcastRepository,
    private readonly recipients: RecipientRepository,
    private readonly clock: Clock,
  ) {}

  /** The programmes this person may send news for (closed ones are over); an admin with none yet hears how to start one. */
  async programmesFor(actor: Actor): Promise<Result<Programme[], 'not-admin' | 'no-programme'>> {
    return this.programmes.openProgrammesRunBy(actor);
  }

  /**
   * Stores the draft (created on first preview, replaced on the next) and resolves whom it
   * would reach. The id comes from the compose card, so a double click stores one draft.
   */
  async preview(
    actor: Actor,
    broadcastId: string,
    input: unknown,
  ): Promise<Result<PreviewedBroadcast, BroadcastFailure>> {
    const parsed = parseNewsDraft(input);
    if (!parsed.ok) return parsed;
    const programme = await this.programmes.get(actor, parsed.value.programmeId);
    if (!programme.ok) return programme;
    const channels = await this.channelNames(actor.tenantId, programme.value.id);
    if (missingChannels(parsed.value.audience, channels).length > 0)
      return fail('missing-channel', [{ field: 'audience', code: 'invalid' }]);
    const draft = draftBroadcast(parsed.value, {
      id: broadcastId,
      tenantId: actor.tenantId,
      createdBy: actor.aadObjectId,
      createdByName: actor.displayName,
      now: this.clock.now(),
    });
    const stored = await this.storeDraft(draft);
    if (!stored.ok) return stored;
    return ok({ broadcast: stored.value, recipients: await this.recipientsOf(stored.value, channels) });
  }

  /** One broadcast, if this person runs its programme. */
  async get(actor: Actor, broadcastId: string): Promise<Result<Broadcast, BroadcastFailure>> {
    const found = await this.broadcasts.get(actor.tenantId, broadcastId);
    if (!found) return fail('not-found');
    const programme = await this.programmes.get(actor, found.value.programmeId);
    return programme.ok ? ok(found.value) : programme;
  }

  /**
   * Send now: queued for fan-out (which the caller starts, and a job finishes if this instance
   * dies). Without a report location (news not sent from a card, as the demo seeds it) the
   * report is only read through `news status`.
   */
  sendNow(actor: Actor, broadcastId: string, report?: ReportLocation): Promise<Result<Broadcast, BroadcastFailure>> {
    return this.change(actor, broadcastId, (b, now) => queueBroadcast(b, now, report));
  }

  schedule(
    actor: Actor,
    broadcastId: string,
    at: Date,
    report: ReportLocation,
  ): Promise<Result<Broadcast, BroadcastFailure>> {
    return this.change(actor, broadcastId, (b, now) => scheduleBroadcast(b, at, now, report));
  }

  cancel(actor: Actor, broadcastId: string): Promise<Result<Broadcast, BroadcastFailure>> {
    return this.change(actor, broadcastId, (b, now) => cancelBroadcast(b, now));
  }

  /** Every recipient's delivery status (the CSV export), if this person runs the programme. */
  async deliveries(
    actor: Actor,
    broadcastId: string,
  ): Promise<Result<{ broadcast: Broadcast; recipients: Recipient[] }, BroadcastFailure>> {
    const found = await this.get(actor, broadcastId);
    if (!found.ok) return found;
    const recipients = (await this.recipients.list(broadcastId)).sort((a, b) => a.key.localeCompare(b.key));
    return ok({ broadcast: found.value, recipients });
  }

  /** The latest broadcasts of the programmes this person runs. */
  async recent(actor: Actor): Promise<Broadcast[]> {
    const mine = new Set((await this.programmes.programmesRunBy(actor)).map((p) => p.id));
    return (await this.broadcasts.recent(actor.tenantId, RECENT_LIMIT * 3))
      .filter((b) => mine.has(b.programmeId))
      .slice(0, RECENT_LIMIT);
  }

  /** Makes a channel the programme's news or community channel. */
  async setChannel(
    actor: Actor,
    programmeId: string,
    kind: ChannelKind,
    channel: ChannelRef,
  ): Promise<Result<Programme, BroadcastFailure>> {
    const programme = await this.programmes.get(actor, programmeId);
    if (!programme.ok) return programme;
    await this.channelSettings.set(actor.tenantId, programmeId, kind, channel);
    return programme;
  }

  /** Everyone the broadcast reaches now: the programme's participants and its channels. */
  async recipientsOf(broadcast: Broadcast, channels?: Map<ChannelKind, string>): Promise<RecipientPlan[]> {
    const profiles = await this.profiles.listPeople(broadcast.programmeId);
    const members: AudienceMember[] = profiles.map((p) => ({
      aadObjectId: p.aadObjectId,
      displayName: p.displayName,
      role: p.role,
      language: languageOf(p.locale),
    }));
    return resolveAudience(
      broadcast.audience,
      members,
      channels ?? (await this.channelNames(broadcast.tenantId, broadcast.programmeId)),
    );
  }

  private async channelNames(tenantId: string, programmeId: string): Promise<Map<ChannelKind, string>> {
    const channels = await this.channelSettings.channels(tenantId, programmeId);
    return new Map([...channels].map(([kind, ref]) => [kind, ref.name]));
  }

  private async storeDraft(draft: Broadcast): Promise<Result<Broadcast, BroadcastFailure>> {
    if ((await this.broadcasts.create(draft)) === 'created') return ok(draft);
    const existing = await this.broadcasts.get(draft.tenantId, draft.id);
    if (!existing || existing.value.createdBy !== draft.createdBy) return fail('not-found');
    if (existing.value.status !== 'draft') return fail('already-sent');
    const updated = { ...draft, createdAt: existing.value.createdAt };
    return (await this.broadcasts.update(updated, existing.etag)) === 'written' ? ok(updated) : fail('busy');
  }

  private async change(
    actor: Actor,
    broadcastId: string,
    apply: (b: Broadcast, now: Date) => Result<Broadcast, BroadcastChangeFailure>,
  ): Promise<Result<Broadcast, BroadcastFailure>> {
    for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
      const found: Versioned<Broadcast> | undefined = await this.broadcasts.get(actor.tenantId, broadcastId);
      if (!found) return fail('not-found');
      const programme = await this.programmes.get(actor, found.value.programmeId);
      if (!programme.ok) return programme;
      const changed = apply(found.value, this.clock.now());
      if (!changed.ok) return changed;
      const written: ConditionalWrite = await this.broadcasts.update(changed.value, found.etag);
      if (written === 'written') return changed;
      if (written === 'not-found') return fail('not-found');
    }
    return fail('busy');
  }
}
