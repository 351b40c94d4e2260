import { combineShardCounts, type Broadcast } from '../../domain/broadcasts';
import type { DashboardBroadcast, DashboardFacts, DashboardPair } from '../../domain/dashboard/dashboard-facts';
import { NEWS_SHOWN } from '../../domain/dashboard/programme-dashboard';
import type { Meeting } from '../../domain/meetings/meeting';
import { pairIdOf, type Pair } from '../../domain/pairing/pair';
import type { Programme } from '../../domain/programme/programme';
import type { DashboardSources } from './dashboard-sources';

/** Broadcasts looked through for the programme's latest: the tenant's recent ones, all programmes. */
const RECENT_BROADCASTS = 50;

/** Reads every source of a programme's dashboard side by side. */
export async function readDashboardFacts(sources: DashboardSources, programme: Programme): Promise<DashboardFacts> {
  const id = programme.id;
  const [enrolments, profiles, consentRefusals, pairs, meetings, feedback, polls, broadcasts, goodPracticeStatuses] =
    await Promise.all([
      sources.enrolments.list(id),
      sources.profiles.listByProgramme(id),
      sources.consentRefusals.countOfProgramme(id),
      sources.pairs.list(id),
      sources.meetings.ofProgramme(id),
      sources.feedback.ofProgramme(id),
      sources.polls.ofProgramme(id),
      latestNews(sources, programme),
      sources.goodPractices.statusesOf(id),
    ]);
  return {
    programme,
    enrolments,
    profiles,
    consentRefusals,
    pairs: withMeetings(
      pairs.map((p) => p.value),
      meetings,
    ),
    feedback,
    polls,
    broadcasts,
    goodPracticeStatuses,
  };
}

function withMeetings(pairs: readonly Pair[], meetings: readonly Meeting[]): DashboardPair[] {
  const byPair = new Map<string, Meeting[]>();
  for (const meeting of meetings) byPair.set(meeting.pairId, [...(byPair.get(meeting.pairId) ?? []), meeting]);
  return pairs.map((pair) => {
    const pairId = pairIdOf(pair.mentorId, pair.menteeId);
    return { pairId, pair, meetings: byPair.get(pairId) ?? [] };
  });
}

async function latestNews(sources: DashboardSources, programme: Programme): Promise<DashboardBroadcast[]> {
  const sent = (await sources.broadcasts.recent(programme.tenantId, RECENT_BROADCASTS))
    .filter((b) => b.programmeId === programme.id && (b.status === 'sending' || b.status === 'done'))
    .slice(0, NEWS_SHOWN);
  return Promise.all(
    sent.map(async (broadcast) => newsItem(broadcast, await sources.tallies.ofBroadcast(broadcast.id))),
  );
}

function newsItem(broadcast: Broadcast, shards: Parameters<typeof combineShardCounts>[0]): DashboardBroadcast {
  const titles = Object.fromEntries(
    Object.entries(broadcast.content.versions).map(([language, version]) => [language, version.title]),
  );
  return {
    id: broadcast.id,
    titles,
    sentAt: broadcast.queuedAt ?? broadcast.createdAt,
    counts: combineShardCounts(shards, broadcast.total ?? 0),
  };
}
