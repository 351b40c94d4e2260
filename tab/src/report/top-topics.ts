import type { ProgrammeDashboard } from '../api/contract';

type TopicFigures = ProgrammeDashboard['topics']['topics'][number];

/** How many topics the sponsor's report lists. */
export const TOP_TOPICS = 5;

/**
 * The topics the programme is about, for the sponsor: most covered in held meetings first,
 * then most chosen in polls, then most wanted by mentees; topics nobody touched are left out.
 */
export function topTopics(topics: readonly TopicFigures[], most = TOP_TOPICS): TopicFigures[] {
  return topics
    .filter((topic) => topic.covered + topic.chosen + topic.wanted > 0)
    .sort((a, b) => b.covered - a.covered || b.chosen - a.chosen || b.wanted - a.wanted || a.name.localeCompare(b.name))
    .slice(0, most);
}
