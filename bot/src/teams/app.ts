import { randomUUID } from 'node:crypto';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Clock } from '../domain/clock';
import type { Logger } from '../logger';
import type { ConversationDirectory } from '../services/conversation-directory';
import { registerConversationCapture } from './conversations/conversation-capture';
import { registerFallback } from './fallback/fallback.handlers';
import { registerHelp } from './help/help.handlers';
import { registerTurnErrorHandler } from './turn-errors';
import { registerWelcome } from './welcome/welcome.handlers';
import { registerProgrammes } from './programmes/programmes.handlers';
import { registerOnboarding } from './onboarding/onboarding.handlers';
import type { AdminAccess } from '../services/programmes/admin-access';
import type { ProgrammeService } from '../services/programmes/programme-service';
import type { OnboardingService } from '../services/onboarding/onboarding-service';
import type { PrivacyService } from '../services/privacy/privacy-service';
import type { DownloadLinks } from '../services/privacy/download-links';
import type { RetentionService } from '../services/retention/retention-service';
import type { EnrolmentService } from '../services/enrolment/enrolment-service';
import type { MatchingService } from '../services/matching/matching-service';
import type { NewPartnerService } from '../services/matching/new-partner-service';
import type { ProactiveSender } from './proactive';
import { registerMatching } from './matching/matching.handlers';
import { registerPairs } from './matching/pairs.handlers';
import { registerPairsList } from './matching/pairs-list.handlers';
import { registerNewPartner } from './pair-endings/new-partner.handlers';
import { registerMeetings } from './meetings/meetings.handlers';
import type { MeetingService } from '../services/meetings/meeting-service';
import { registerPrivacy } from './privacy/privacy.handlers';
import type { BroadcastService } from '../services/broadcasts/broadcast-service';
import type { SubjectBroadcasts } from '../services/broadcasts/subject-broadcasts';
import type { BriefingService } from '../services/briefings/briefing-service';
import type { RsvpService } from '../services/briefings/rsvp-service';
import { registerBriefings } from './briefings/briefings.handlers';
import type { BroadcastFanOut } from '../services/broadcasts/broadcast-fan-out';
import { registerNewsCompose } from './broadcasts/news-compose.handlers';
import { registerNewsReports } from './broadcasts/news-report.handlers';
import { actorOf } from './actor';
import { registerPolls } from './polls/polls.handlers';
import { registerTopicChange } from './polls/topic-change.handlers';
import type { AgendaService } from '../services/polls/agenda-service';
import type { PollMessages } from './polls/poll-message';
import type { MeetingMessages } from './meetings/meeting-messages';
import type { PollService } from '../services/polls/poll-service';
import { registerFeedback } from './feedback/feedback.handlers';
import type { FeedbackService } from '../services/feedback/feedback-service';
import type { PairMessenger } from './pair-messenger';
import type { NoticeOutbox } from '../services/notices/notice-ports';
import type { DashboardService } from '../services/dashboard/dashboard-service';
import { registerDashboard } from './dashboard/dashboard.handlers';
import type { MentorKitService } from '../services/mentor-kit/mentor-kit-service';
import { registerMentorKit } from './mentor-kit/mentor-kit.handlers';
import type { CoachService } from '../services/coach/coach-service';
import type { PeopleByEmail } from '../services/coach/coach-ports';
import { registerCoach } from './coach/coach.handlers';
import { registerSignInCapture } from './conversations/sign-in-capture';
import type { PracticeSharingService } from '../services/good-practices/practice-sharing-service';
import type { PracticeCurationService } from '../services/good-practices/practice-curation-service';
import type { PracticePublishing } from '../services/good-practices/practice-publishing';
import { registerPracticeCuration, registerPracticePublishing } from './good-practices/practice-curation.handlers';
import { registerPracticeSharing } from './good-practices/practice-sharing.handlers';

/** The use cases the Teams features call. */
export interface TandemServices {
  access: AdminAccess;
  programmes: ProgrammeService;
  onboarding: OnboardingService;
  privacy: PrivacyService;
  links: DownloadLinks;
  retention: RetentionService;
  enrolment: EnrolmentService;
  matching: MatchingService;
  newPartners: NewPartnerService;
  meetings: MeetingService;
  broadcasts: BroadcastService;
  dashboards: DashboardService;
  broadcastFanOut: BroadcastFanOut;
  /** Features' own cards through the broadcast fan-out (briefings, good practices). */
  subjectBroadcasts: SubjectBroadcasts;
  briefings: BriefingService;
  rsvps: RsvpService;
  polls: PollService;
  agendas: AgendaService;
  feedback: FeedbackService;
  /** Records the notices that follow an action, for the notice worker to send. */
  notices: NoticeOutbox;
  /** The mentor kit: materials, coach, community and next briefing. */
  mentorKit: MentorKitService;
  /** Questions from mentors to the programme's coach. */
  coach: CoachService;
  /** People by sign-in address: how the coach is found. */
  peopleByEmail: PeopleByEmail;
  practiceSharing: PracticeSharingService;
  practiceCuration: PracticeCurationService;
  practicePublishing: PracticePublishing;
}

export interface TeamsAppDeps {
  services: TandemServices;
  proactive: ProactiveSender;
  /** Proactive messages to a pair or one of its people (shared with the jobs). */
  messenger: PairMessenger;
  publicUrl: string;
  /** The Teams app's id, for deep links into the personal tab (unset in local runs). */
  teamsAppId?: string;
  adapter: TeamsAdapter;
  botAppId: string;
  directory: ConversationDirectory;
  clock: Clock;
  logger: Logger;
  /** Starts a broadcast's fan-out in the background. */
  startBroadcast(tenantId: string, broadcastId: string): void;
  pollMessages: PollMessages;
  /** Keeps each meeting's pair-chat message current for both members. */
  meetingMessages: MeetingMessages;
}

/**
 * Builds the teams-ai Application and registers each feature. Order matters: teams-ai takes
 * the first matching route, so the fallback comes last.
 */
export function createTeamsApp(deps: TeamsAppDeps): Application<TurnState> {
  const app = new QuietApplication({
    adapter: deps.adapter,
    botAppId: deps.botAppId,
    // No turn-state storage: nothing is carried between turns in memory. Features keep their
    // state in Table Storage, so any server instance can take the next turn.
    removeRecipientMention: true,
    // A typing indicator before every fast answer is noise, and it spends the conversation's rate limit.
    // (teams-ai 1.7.4 ignores this flag, hence QuietApplication below; kept so the intent is visible.)
    startTypingTimer: false,
    longRunningMessages: false,
  });
  registerTurnErrorHandler(app, deps.logger);
  registerConversationCapture(app, deps);
  registerSignInCapture(app, { people: deps.services.peopleByEmail, clock: deps.clock, logger: deps.logger });
  registerArrival(app, deps);
  registerPairLife(app, deps);
  registerHrTools(app, deps);
  registerFallback(app, { onboarding: deps.services.onboarding, logger: deps.logger });
  return app;
}

/** Meeting Tandem: the welcome, help, programmes and onboarding. */
function registerArrival(app: Application<TurnState>, deps: TeamsAppDeps): void {
  registerWelcome(app, {
    onboarding: deps.services.onboarding,
    matching: deps.services.matching,
    meetings: deps.services.meetings,
    messenger: deps.messenger,
    logger: deps.logger,
  });
  registerHelp(app, deps);
  registerProgrammes(app, {
    programmes: deps.services.programmes,
    access: deps.services.access,
    clock: deps.clock,
    directory: deps.directory,
    logger: deps.logger,
  });
  registerOnboarding(app, {
    onboarding: deps.services.onboarding,
    notices: deps.services.notices,
    privacyUrl: `${deps.publicUrl}/tab/privacy.html`,
    logger: deps.logger,
  });
  registerMentorKit(app, { mentorKit: deps.services.mentorKit });
  registerCoach(app, { coach: deps.services.coach, logger: deps.logger });
}

/** A pair's life: matching and confirmation, meetings, feedback, polls, and when a pair ends. */
function registerPairLife(app: Application<TurnState>, deps: TeamsAppDeps): void {
  registerMatching(app, {
    matching: deps.services.matching,
    links: deps.services.links,
    programmes: deps.services.programmes,
    access: deps.services.access,
    notices: deps.services.notices,
    logger: deps.logger,
  });
  registerMeetings(app, {
    meetings: deps.services.meetings,
    matching: deps.services.matching,
    messenger: deps.messenger,
    links: deps.services.links,
    logger: deps.logger,
    polls: deps.services.polls,
    pollMessages: deps.pollMessages,
    meetingMessages: deps.meetingMessages,
  });
  registerFeedback(app, { feedback: deps.services.feedback, logger: deps.logger });
  registerPracticeSharing(app, goodPracticeDeps(deps));
  registerPolls(app, {
    polls: deps.services.polls,
    matching: deps.services.matching,
    messenger: deps.messenger,
    messages: deps.pollMessages,
    logger: deps.logger,
  });
  registerTopicChange(app, {
    agendas: deps.services.agendas,
    matching: deps.services.matching,
    meetingMessages: deps.meetingMessages,
    logger: deps.logger,
  });
  const pairEnded = { newPartners: deps.services.newPartners, notices: deps.services.notices, logger: deps.logger };
  registerPairsList(app, {
    notices: deps.services.notices,
    logger: deps.logger,
    matching: deps.services.matching,
    programmes: deps.services.programmes,
    access: deps.services.access,
  });
  registerNewPartner(app, { ...pairEnded, access: deps.services.access });
  registerPairs(app, {
    matching: deps.services.matching,
    notices: deps.services.notices,
    botAppId: deps.botAppId,
    logger: deps.logger,
  });
  registerPrivacy(app, {
    ...pairEnded,
    clock: deps.clock,
    matching: deps.services.matching,
    privacy: deps.services.privacy,
    onboarding: deps.services.onboarding,
    directory: deps.directory,
    links: deps.services.links,
  });
}

/** What the good-practice features share: sharing, curation, admin access, fresh ids. */
function goodPracticeDeps(deps: TeamsAppDeps) {
  return {
    sharing: deps.services.practiceSharing,
    curation: deps.services.practiceCuration,
    publishing: deps.services.practicePublishing,
    startBroadcast: deps.startBroadcast,
    access: deps.services.access,
    newId: randomUUID,
    logger: deps.logger,
  };
}

/** HR's news (composing, sending, reports, the channels), briefing sessions, the curation of good practices and the dashboard's headline figures. */
function registerHrTools(app: Application<TurnState>, deps: TeamsAppDeps): void {
  registerPracticeCuration(app, goodPracticeDeps(deps));
  registerPracticePublishing(app, goodPracticeDeps(deps));
  const newsActor = (context: TurnContext) =>
    actorOf(context, { withUserPrincipalName: deps.services.access.needsUserPrincipalNames });
  const now = () => deps.clock.now();
  registerNewsCompose(app, {
    broadcasts: deps.services.broadcasts,
    startDelivery: deps.startBroadcast,
    now,
    actor: newsActor,
    logger: deps.logger,
  });
  registerNewsReports(app, {
    broadcasts: deps.services.broadcasts,
    fanOut: deps.services.broadcastFanOut,
    links: deps.services.links,
    now,
    actor: newsActor,
    logger: deps.logger,
  });
  registerDashboard(app, {
    programmes: deps.services.programmes,
    dashboards: deps.services.dashboards,
    links: { teamsAppId: deps.teamsAppId, publicUrl: deps.publicUrl },
    actor: newsActor,
  });
  registerBriefings(app, {
    briefings: deps.services.briefings,
    rsvps: deps.services.rsvps,
    directory: deps.directory,
    proactive: deps.proactive,
    startDelivery: deps.startBroadcast,
    now,
    actor: newsActor,
    logger: deps.logger,
  });
}

/**
 * teams-ai 1.7.4 starts its typing timer on every message turn whatever `startTypingTimer`
 * says, and keeps the timer on the Application instance, shared by concurrent turns. We send
 * no typing indicators at all: answers are fast, and each indicator costs rate limit.
 */
export class QuietApplication extends Application<TurnState> {
  override startTypingTimer(_context: TurnContext): void {}
}
