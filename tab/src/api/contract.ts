// The tab reads exactly what the server's journey domain returns: one set of types for both
// sides, so a renamed field breaks the tab's type-check instead of a user's screen.
export type { Journey, JourneyTopic, JourneyViewer, TimelineEntry } from '../../../bot/src/domain/journey/journey';
export type { JourneyLearning, JourneyLearnings, JourneyPoll } from '../../../bot/src/domain/journey/journey-sections';
export type { OverviewPair, PairFlag, ProgrammeOverview } from '../../../bot/src/domain/journey/programme-overview';
export type { LibraryPractice, PracticeLibraryView } from '../../../bot/src/domain/good-practices/library';
export type { ProgrammeDashboard } from '../../../bot/src/domain/dashboard/programme-dashboard';
export type { Guarded } from '../../../bot/src/domain/dashboard/small-groups';
export type { RatingSummary } from '../../../bot/src/domain/dashboard/feedback-summary';
export type { DashboardView } from '../../../bot/src/services/privacy/download-links';
