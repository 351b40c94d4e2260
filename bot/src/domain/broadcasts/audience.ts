import type { Language } from '../language';

/** Who news can go to; HR combines them freely. */
export const AUDIENCES = ['channel', 'participants', 'mentors', 'mentees', 'community'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The two channels a programme can have. */
export const CHANNEL_KINDS = ['news', 'community'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** A participant as far as news needs to know them. */
export interface AudienceMember {
  aadObjectId: string;
  displayName: string;
  role: 'mentor' | 'mentee';
  language: Language;
}

/** One delivery: a person's personal chat or one of the programme's channels. */
export interface RecipientPlan {
  /** Unique within a broadcast, and the row key of its status: `person:<aad id>` or `channel:<kind>`. */
  key: string;
  kind: 'person' | 'channel';
  /** The person's AAD object id, or the channel kind. */
  target: string;
  displayName: string;
  /** The reader's language; a channel has many readers and gets every version. */
  language: Language | 'all';
}

/** A person's recipient key: from it (and the broadcast's shard count) their delivery row is found by key. */
export function personRecipientKey(aadObjectId: string): string {
  return `person:${aadObjectId}`;
}

/**
 * Everyone a broadcast reaches, each once: a mentor picked by both "all participants" and
 * "mentors" gets one message. Channels are included only when the programme has them.
 */
export function resolveAudience(
  audience: readonly Audience[],
  members: readonly AudienceMember[],
  channels: ReadonlyMap<ChannelKind, string>,
): RecipientPlan[] {
  const plans = new Map<string, RecipientPlan>();
  const wants = new Set(audience);
  for (const [audienceName, kind] of [
    ['channel', 'news'],
    ['community', 'community'],
  ] as const) {
    const name = channels.get(kind);
    if (wants.has(audienceName) && name !== undefined)
      plans.set(`channel:${kind}`, {
        key: `channel:${kind}`,
        kind: 'channel',
        target: kind,
        displayName: name,
        language: 'all',
      });
  }
  for (const member of members) {
    const included =
      wants.has('participants') ||
      (wants.has('mentors') && member.role === 'mentor') ||
      (wants.has('mentees') && member.role === 'mentee');
    const key = personRecipientKey(member.aadObjectId);
    if (included && !plans.has(key))
      plans.set(key, {
        key,
        kind: 'person',
        target: member.aadObjectId,
        displayName: member.displayName,
        language: member.language,
      });
  }
  return [...plans.values()];
}

/** The channel audiences that need a channel the programme has not set yet. */
export function missingChannels(
  audience: readonly Audience[],
  channels: ReadonlyMap<ChannelKind, string>,
): ChannelKind[] {
  const missing: ChannelKind[] = [];
  if (audience.includes('channel') && !channels.has('news')) missing.push('news');
  if (audience.includes('community') && !channels.has('community')) missing.push('community');
  return missing;
}
