import { heldCount } from '../meetings/meeting';
import type { Role } from '../participant/profile';
import { countBy, mergeSmallGroups, OTHER_GROUP } from './small-groups';
import { startedPairs, type DashboardFacts } from './dashboard-facts';

/** The steps from enrolment to a pair that reached its target, in order. */
export const FUNNEL_STAGES = [
  'enrolled',
  'onboarded',
  'consent-refused',
  'matched',
  'mentee-confirmed',
  'chat-bound',
  'first-meeting-held',
  'target-reached',
] as const;
export type FunnelStageName = (typeof FUNNEL_STAGES)[number];

/** One step: people up to matching, pairs from the mentee's confirmation on. */
export interface FunnelStage {
  stage: FunnelStageName;
  unit: 'people' | 'pairs';
  count: number;
}

/** Who took part: the funnel, onboarded people per role and per department (small ones merged). */
export interface Participation {
  funnel: FunnelStage[];
  roles: Record<Role, number>;
  departments: Array<{ group: string; count: number }>;
}

/** The Overview's funnel and head counts. */
export function participation(facts: DashboardFacts, minGroup: number): Participation {
  const started = startedPairs(facts.pairs);
  const matched = new Set(
    facts.pairs.filter((p) => p.pair.status !== 'declined').flatMap((p) => [p.pair.mentorId, p.pair.menteeId]),
  );
  const target = facts.programme.meetingsTarget;
  const people = (stage: FunnelStageName, count: number): FunnelStage => ({ stage, unit: 'people', count });
  const pairs = (stage: FunnelStageName, count: number): FunnelStage => ({ stage, unit: 'pairs', count });
  return {
    funnel: [
      people('enrolled', facts.enrolments.length),
      people('onboarded', facts.profiles.length),
      people('consent-refused', facts.consentRefusals),
      people('matched', matched.size),
      pairs('mentee-confirmed', started.length),
      pairs('chat-bound', started.filter((p) => !!p.pair.chatId).length),
      pairs('first-meeting-held', started.filter((p) => heldCount(p.meetings) >= 1).length),
      pairs('target-reached', started.filter((p) => heldCount(p.meetings) >= target).length),
    ],
    roles: {
      mentor: facts.profiles.filter((p) => p.role === 'mentor').length,
      mentee: facts.profiles.filter((p) => p.role === 'mentee').length,
    },
    departments: mergeSmallGroups(
      countBy(facts.profiles, (p) => p.department.trim() || OTHER_GROUP),
      minGroup,
    ),
  };
}
