import type { Language } from '../language';
import type { Topic } from '../programme/topic-catalogue';
import { startedPairs, type DashboardFacts } from './dashboard-facts';

/** Supply against demand for one catalogue topic. */
export interface TopicDemand {
  key: string;
  /** The topic's name in the reader's language. */
  name: string;
  /** Mentees who want it (onboarding). */
  wanted: number;
  /** Mentors who offer it (onboarding). */
  offered: number;
  /** Polls that chose it. */
  chosen: number;
  /** Held meetings that covered it (their agenda, or a member's feedback says so). */
  covered: number;
}

/** The Topics view: every catalogue topic with any figure (retired ones only if they have one), and the pairs' own topics as a count. */
export interface TopicsView {
  topics: TopicDemand[];
  /** Polls decided for a question the pair typed in; the questions themselves stay with the pair. */
  customChosen: number;
}

/** Per catalogue topic: wanted, offered, chosen in polls and covered in held meetings. */
export function topicDemand(facts: DashboardFacts, catalogue: readonly Topic[], language: Language): TopicsView {
  const profilesWith = (role: 'mentor' | 'mentee', key: string) =>
    facts.profiles.filter((p) => p.role === role && p.topics.includes(key)).length;
  // An outcome whose option is not among the drawn ones chose an option the pair added: its own question.
  const chosenOptions = facts.polls.flatMap((poll) =>
    poll.outcome ? [poll.options.find((o) => o.id === poll.outcome!.optionId) ?? { topicKey: undefined }] : [],
  );
  const covered = coveredTopics(facts);
  const topics = catalogue
    .map((topic) => ({
      key: topic.key,
      name: topic.names[language],
      wanted: profilesWith('mentee', topic.key),
      offered: profilesWith('mentor', topic.key),
      chosen: chosenOptions.filter((o) => o.topicKey === topic.key).length,
      covered: covered.get(topic.key) ?? 0,
      retired: topic.retired,
    }))
    .filter(
      ({ retired, ...figures }) => !retired || figures.wanted + figures.offered + figures.chosen + figures.covered > 0,
    )
    .map(({ retired: _retired, ...figures }) => figures);
  return { topics, customChosen: chosenOptions.filter((o) => !o.topicKey).length };
}

// A held meeting covers a topic once, whether its agenda, one member or both say so.
function coveredTopics(facts: DashboardFacts): Map<string, number> {
  const byMeeting = new Map<string, Set<string>>();
  const add = (meetingId: string, key: string | undefined) => {
    if (!key) return;
    byMeeting.set(meetingId, (byMeeting.get(meetingId) ?? new Set()).add(key));
  };
  const held = new Set<string>();
  for (const meeting of startedPairs(facts.pairs).flatMap((p) => p.meetings)) {
    if (meeting.status !== 'held') continue;
    held.add(meeting.id);
    add(meeting.id, meeting.agenda?.topicKey);
  }
  for (const feedback of facts.feedback) {
    if (held.has(feedback.meetingId)) for (const key of feedback.topicsCovered) add(feedback.meetingId, key);
  }
  const counts = new Map<string, number>();
  for (const keys of byMeeting.values()) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
