import type { Language } from '../language';
import { activeTopics, DEFAULT_TOPICS, type Topic } from '../programme/topic-catalogue';
import type { TimelineEntry } from './journey-timeline';

/** Where a topic stands for the pair; one word each, so the tab can show it as text and icon. */
export type TopicState = 'discussed' | 'planned' | 'wanted' | 'open';

/** A topic on the journey's map. */
export interface JourneyTopic {
  key: string;
  name: string;
  state: TopicState;
  wantedByMentee: boolean;
  offeredByMentor: boolean;
  /** True for topics HR added to the default catalogue. */
  custom: boolean;
  /** Numbers of the meetings that discussed or plan it. */
  meetings: number[];
}

const DEFAULT_KEYS = new Set(DEFAULT_TOPICS.map((t) => t.key));

/**
 * The programme's catalogue as the pair's map: discussed (a held meeting covered it), planned
 * (on a planned meeting's agenda), wanted (the mentee asked for it and it is still to come).
 * A retired topic stays on the map if the pair already met about it.
 */
export function topicMap(
  catalogue: readonly Topic[],
  timeline: readonly TimelineEntry[],
  wanted: readonly string[],
  offered: readonly string[],
  language: Language,
): JourneyTopic[] {
  const active = activeTopics(catalogue);
  const about = (e: TimelineEntry, key: string) => e.topicKey === key || !!e.coveredTopicKeys?.includes(key);
  const used = catalogue.filter((t) => !active.includes(t) && timeline.some((e) => about(e, t.key)));
  return [...active, ...used].map((topic) => {
    const on = (kind: TimelineEntry['kind']) =>
      timeline.filter((e) => e.kind === kind && about(e, topic.key)).map((e) => e.number);
    const held = on('held');
    const planned = on('planned');
    const wantedByMentee = wanted.includes(topic.key);
    return {
      key: topic.key,
      name: topic.names[language],
      state: held.length ? 'discussed' : planned.length ? 'planned' : wantedByMentee ? 'wanted' : 'open',
      wantedByMentee,
      offeredByMentor: offered.includes(topic.key),
      custom: !DEFAULT_KEYS.has(topic.key),
      meetings: [...held, ...planned],
    };
  });
}
