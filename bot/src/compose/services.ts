import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { Clock } from '../domain/clock';
import { utcOffsetsAt } from '../domain/matching/utc-offsets';
import { SignedDownloadLinks } from '../http/signed-download-links';
import { stableUuid } from '../stable-id';
import { goodPracticeData, GoodPracticeRetention } from '../services/good-practices/practice-privacy';
import { PracticeAccess } from '../services/good-practices/practice-access';
import { PracticeCurationService } from '../services/good-practices/practice-curation-service';
import { PracticeSharingService } from '../services/good-practices/practice-sharing-service';
import { PracticePublishing } from '../services/good-practices/practice-publishing';
import { PracticeLibrary } from '../services/good-practices/practice-library';
import type { PracticePosts } from '../services/good-practices/good-practice-ports';
import { BroadcastFanOut } from '../services/broadcasts/broadcast-fan-out';
import { BroadcastService } from '../services/broadcasts/broadcast-service';
import { SubjectBroadcasts } from '../services/broadcasts/subject-broadcasts';
import { BriefingCalendar } from '../services/briefings/briefing-calendar';
import { BriefingService } from '../services/briefings/briefing-service';
import { RsvpService } from '../services/briefings/rsvp-service';
import { briefingAnswerData, BriefingRetention } from '../services/briefings/briefing-personal-data';
import { BroadcastDeliveryRetention } from '../services/broadcasts/broadcast-retention';
import { EnrolmentService } from '../services/enrolment/enrolment-service';
import { FeedbackService } from '../services/feedback/feedback-service';
import type { JourneyCaches } from '../services/journey/journey-caches';
import type { JourneyExtras } from '../services/journey/journey-extras';
import { JourneyService } from '../services/journey/journey-service';
import { OverviewService } from '../services/journey/overview-service';
import { DashboardService } from '../services/dashboard/dashboard-service';
import { MatchingService } from '../services/matching/matching-service';
import { MentorKitService } from '../services/mentor-kit/mentor-kit-service';
import { CoachService } from '../services/coach/coach-service';
import { coachQuestionData, signInAddressData } from '../services/coach/coach-personal-data';
import type { UpcomingBriefings } from '../services/mentor-kit/upcoming-briefings';
import { NewPartnerService } from '../services/matching/new-partner-service';
import { MeetingService } from '../services/meetings/meeting-service';
import { OnboardingService } from '../services/onboarding/onboarding-service';
import { AgendaService } from '../services/polls/agenda-service';
import { pollData } from '../services/polls/poll-personal-data';
import { PollService } from '../services/polls/poll-service';
import {
  conversationData,
  enrolmentData,
  feedbackData,
  meetingData,
  broadcastDeliveryData,
  pairingData,
  programmeParticipationData,
} from '../services/privacy/personal-data-sources';
import { PrivacyService } from '../services/privacy/privacy-service';
import { AdminAccess } from '../services/programmes/admin-access';
import { ProgrammeService } from '../services/programmes/programme-service';
import { RetentionService } from '../services/retention/retention-service';
import { NoticeService } from '../services/notices/notice-service';
import { noticeData } from '../services/notices/notice-personal-data';
import type { TandemServices } from '../teams/app';
import type { Repositories } from './storage';

/** The use cases the Teams app, the tab API and the jobs share. */
export interface Services extends TandemServices {
  /** The next briefing for the mentor kit (its port `UpcomingBriefings`); the merger connects it to the kit. */
  briefingCalendar: BriefingCalendar;
  journeys: JourneyService;
  overview: OverviewService;
  dashboards: DashboardService;
  notices: NoticeService;
  practiceLibrary: PracticeLibrary;
}

/** How long a notice may stay pending before the sweep queues it again (its message may never have been written). */
const NOTICE_LEASE_MS = 5 * 60_000;

interface ServiceDeps {
  repos: Repositories;
  config: Config;
  clock: Clock;
  /** Shared with the programme and profile repositories, whose edits clear it. */
  journeyCache: JourneyCaches;
  /** Replaces the briefing calendar as the mentor kit's source of the next briefing (tests). */
  upcomingBriefings?: UpcomingBriefings;
  /** Draws a published practice's channel posts again after it changed (the Teams layer's). */
  practicePosts: PracticePosts;
}

/** How long an instance reuses a programme's dashboard facts: HR reads trends, and a click on refresh within a minute costs nothing. */
const DASHBOARD_MAX_AGE_MS = 60_000;

/** Builds every service on its repositories; nothing here talks to Teams or HTTP. */
export function composeServices({
  repos,
  config,
  clock,
  journeyCache,
  upcomingBriefings,
  practicePosts,
}: ServiceDeps): Services {
  const access = new AdminAccess(config.bootstrapAdmins);
  const programmes = new ProgrammeService(repos.programmes, access, clock);
  const subjectBroadcasts = new SubjectBroadcasts(programmes, repos.newsChannels, repos.broadcasts, clock);
  const notices = new NoticeService(repos.notices, repos.noticeQueue, clock, stableUuid, NOTICE_LEASE_MS);
  const practices = goodPracticeServices(repos, access, { notices, subjectBroadcasts, practicePosts }, clock);
  const matching = new MatchingService(
    programmes,
    repos.programmes,
    repos.profiles,
    repos.proposals,
    repos.pairs,
    clock,
    utcOffsetsAt,
  );
  const meetings = new MeetingService(repos.programmes, repos.pairs, repos.meetings, repos.dueIndex, clock, stableUuid);
  const polls = new PollService(repos.programmes, repos.pairs, repos.profiles, repos.meetings, repos.polls, clock);
  const broadcasts = new BroadcastService(
    programmes,
    repos.profiles,
    repos.newsChannels,
    repos.broadcasts,
    repos.recipients,
    clock,
  );
  const briefingCalendar = new BriefingCalendar(repos.briefings);
  return {
    access,
    programmes,
    matching,
    newPartners: new NewPartnerService(programmes, repos.programmes, repos.profiles, repos.pairs, clock, utcOffsetsAt),
    meetings,
    polls,
    broadcasts,
    subjectBroadcasts,
    briefings: new BriefingService(programmes, repos.briefings, subjectBroadcasts, repos.dueIndex, clock),
    rsvps: new RsvpService(programmes, repos.profiles, repos.briefings, repos.briefingRsvps, clock),
    briefingCalendar,
    broadcastFanOut: new BroadcastFanOut(
      broadcasts,
      repos.broadcasts,
      repos.recipients,
      repos.tallies,
      repos.deliveryQueue,
      repos.directory,
      clock,
    ),
    agendas: new AgendaService(repos.programmes, repos.pairs, repos.meetings, clock),
    feedback: new FeedbackService(
      repos.programmes,
      repos.pairs,
      repos.meetings,
      repos.feedback,
      repos.goodPractices,
      clock,
      stableUuid,
    ),
    onboarding: new OnboardingService(repos.programmes, repos.profiles, repos.refusals, repos.enrolments, clock),
    enrolment: new EnrolmentService(repos.programmes, repos.enrolments, repos.profiles, clock),
    privacy: new PrivacyService(personalDataSources(repos, clock, practicePosts), clock),
    links: new SignedDownloadLinks(config.publicUrl, config.linkSecret, () => clock.now()),
    retention: retentionOf(repos, config, clock),
    notices,
    // The mentor kit shows the next briefing session from the briefings feature.
    ...mentorTeamServices(repos, notices, clock, upcomingBriefings ?? briefingCalendar),
    ...practices,
    ...journeyServices(repos, access, { polls, practices: practices.practiceLibrary }, clock, journeyCache),
    dashboards: new DashboardService({ ...repos, consentRefusals: repos.refusals }, access, clock, {
      minGroup: config.dashboardMinGroup,
      maxAgeMs: DASHBOARD_MAX_AGE_MS,
    }),
  };
}

/** What equips mentors: the kit and the coach (found among the people by sign-in address). */
function mentorTeamServices(repos: Repositories, notices: NoticeService, clock: Clock, briefings: UpcomingBriefings) {
  const { programmes, profiles } = repos;
  return {
    mentorKit: new MentorKitService(programmes, profiles, repos.newsChannels, briefings, clock),
    peopleByEmail: repos.peopleByEmail,
    coach: new CoachService(
      {
        programmes,
        profiles,
        questions: repos.coachQuestions,
        people: repos.peopleByEmail,
        directory: repos.directory,
      },
      notices,
      clock,
    ),
  };
}

/** Everything that holds someone's personal data, for export and deletion. */
function personalDataSources(repos: Repositories, clock: Clock, practicePosts: PracticePosts) {
  return [
    ...programmeParticipationData(repos.programmes, repos.profiles, repos.refusals),
    enrolmentData(repos.programmes, repos.enrolments),
    meetingData(repos.programmes, repos.pairs, repos.meetings),
    // Before the pairs: the person's feedback and polls are found through the pairs they belong to.
    feedbackData(repos.programmes, repos.feedback),
    goodPracticeData(repos.programmes, repos.goodPractices, practicePosts),
    pollData(repos.programmes, repos.pairs, repos.polls),
    pairingData(repos.programmes, repos.pairs, repos.proposals, repos.feedback, {
      now: () => clock.now(),
      newId: randomUUID,
    }),
    conversationData(repos.directory),
    broadcastDeliveryData(repos.broadcasts, repos.recipients),
    briefingAnswerData(repos.programmes, repos.briefings, repos.briefingRsvps),
    noticeData(repos.notices),
    coachQuestionData(repos.programmes, repos.coachQuestions),
    signInAddressData(repos.peopleByEmail),
  ];
}

function retentionOf(repos: Repositories, config: Config, clock: Clock): RetentionService {
  const pairing = { pairs: repos.pairs, proposals: repos.proposals };
  return new RetentionService(
    repos.programmes,
    repos.profiles,
    repos.refusals,
    repos.enrolments,
    pairing,
    clock,
    config.retentionDays,
    {
      perPair: [repos.meetings, repos.polls, repos.feedback],
      perAuthor: [repos.feedback],
      perProgramme: [
        new BroadcastDeliveryRetention(repos.broadcasts, repos.recipients, repos.tallies),
        repos.notices,
        new BriefingRetention(repos.briefings, repos.briefingRsvps),
        repos.coachQuestions,
        new GoodPracticeRetention(repos.goodPractices),
      ],
    },
  );
}

/** The journey tab reads what the pair's features stored; poll and learnings join through JourneyExtras. */
function journeyServices(
  repos: Repositories,
  access: AdminAccess,
  { polls, practices }: { polls: PollService; practices: PracticeLibrary },
  clock: Clock,
  journeyCache: JourneyCaches,
) {
  const stores = {
    programmes: repos.programmes,
    pairs: repos.pairs,
    profiles: repos.profiles,
    meetings: repos.meetings,
    revisions: repos.revisions,
    practices,
  };
  // The pair's data as stored (private notes included, so it can be cached per pair); the journey service filters it per viewer.
  const extras: JourneyExtras = {
    feedback: (programmeId, pairId) => repos.feedback.forPair(programmeId, pairId),
    poll: (programmeId, pairId) => polls.openPollOf(programmeId, pairId),
  };
  return {
    journeys: new JourneyService(stores, access, clock, extras, journeyCache),
    overview: new OverviewService(stores, access, clock),
  };
}

/** Sharing good practices and HR's curation, both behind the same programme access rules. */
function goodPracticeServices(
  repos: Repositories,
  access: AdminAccess,
  {
    notices,
    subjectBroadcasts,
    practicePosts,
  }: { notices: NoticeService; subjectBroadcasts: SubjectBroadcasts; practicePosts: PracticePosts },
  clock: Clock,
) {
  const practiceAccess = new PracticeAccess(repos.programmes, repos.profiles, access);
  const practiceCuration = new PracticeCurationService(practiceAccess, repos.goodPractices, notices, clock);
  return {
    practiceSharing: new PracticeSharingService(practiceAccess, repos.goodPractices, clock, practicePosts),
    practiceCuration,
    practiceLibrary: new PracticeLibrary(practiceAccess, repos.goodPractices),
    practicePublishing: new PracticePublishing(
      practiceCuration,
      repos.goodPractices,
      subjectBroadcasts,
      notices,
      stableUuid,
      clock,
    ),
  };
}
