import { BriefingTableRepository } from '../storage/briefing.table-repository';
import { BriefingRsvpTableRepository } from '../storage/briefing-rsvp.table-repository';
import { BroadcastTableRepository } from '../storage/broadcast.table-repository';
import { ConsentRefusalTableLog } from '../storage/consent-refusal.table-log';
import { CoachQuestionTableRepository } from '../storage/coach-question.table-repository';
import { ConversationAddressTableRepository } from '../storage/conversation-address.table-repository';
import { PeopleByEmailTableRepository } from '../storage/people-by-email.table-repository';
import { deliveryQueue, noticeQueue } from '../storage/job.queue';
import { NoticeTableRepository } from '../storage/notice.table-repository';
import { EnrolmentTableRepository } from '../storage/enrolment.table-repository';
import { FeedbackTableRepository } from '../storage/feedback.table-repositories';
import { GoodPracticeTableRepository } from '../storage/good-practice.table-repository';
import { moveGoodPracticesToKeyedLayout } from '../storage/good-practice-layout.migration';
import { moveFeedbackToPairPartitions } from '../storage/feedback-layout.migration';
import { indexPairMembers, linkEnrolments, recordPairChats } from '../storage/key-indexes.migration';
import { DueIndexTableRepository, MeetingTableRepository } from '../storage/meeting.table-repositories';
import { NewsChannelTableRepository } from '../storage/news-channel.table-repository';
import { PairMemberTableIndex } from '../storage/pair-member-index';
import { PairRevisionTableRepository } from '../storage/pair-revision.table-repository';
import { PairTableRepository, ProposalTableRepository } from '../storage/pairing.table-repositories';
import { PollTableRepository } from '../storage/poll.table-repository';
import { ProfileTableRepository } from '../storage/profile.table-repository';
import { ProgrammeTableRepository } from '../storage/programme.table-repository';
import { RecipientTableRepository } from '../storage/recipient.table-repository';
import { ShardTallyTableRepository } from '../storage/shard-tally.table-repository';
import type { StorageConnection } from '../storage/storage-connection';
import { TenantBudgetTableRepository } from '../storage/tenant-budget.table-repository';
import type { TableStore } from '../storage/table-store';
import type { Logger } from '../logger';
import { ObservedMeetingRepository } from '../services/meetings/observed-meeting-repository';

/** Every repository, as the services and jobs see them. */
export type Repositories = ReturnType<typeof composeRepositories>;

/**
 * The storage layer: one table repository per port, plus the broadcast and notice queues.
 * `onProgrammeEdit` runs after programme writes, which move no pair revision.
 */
export function composeRepositories(
  store: TableStore,
  storage: StorageConnection,
  tablePrefix: string,
  onProgrammeEdit: () => void,
) {
  // Every repository of pair data bumps the pair's revision after its writes (see pair-revisions.ts).
  const revisions = new PairRevisionTableRepository(store);
  const pairMembers = new PairMemberTableIndex(store);
  return {
    directory: new ConversationAddressTableRepository(store),
    programmes: new ProgrammeTableRepository(store, onProgrammeEdit),
    // Profiles show in the journeys of their person's pairs: their writes move those pairs' revisions.
    profiles: new ProfileTableRepository(store, revisions, pairMembers),
    revisions,
    pairMembers,
    refusals: new ConsentRefusalTableLog(store),
    enrolments: new EnrolmentTableRepository(store),
    proposals: new ProposalTableRepository(store),
    dueIndex: new DueIndexTableRepository(store),
    polls: new PollTableRepository(store, revisions),
    pairs: new PairTableRepository(store, revisions, pairMembers),
    // The pair chat's meeting messages follow every meeting write (see composeMessengers).
    meetings: new ObservedMeetingRepository(new MeetingTableRepository(store, revisions)),
    feedback: new FeedbackTableRepository(store, revisions, pairMembers),
    goodPractices: new GoodPracticeTableRepository(store),
    broadcasts: new BroadcastTableRepository(store),
    recipients: new RecipientTableRepository(store),
    tallies: new ShardTallyTableRepository(store),
    newsChannels: new NewsChannelTableRepository(store),
    briefings: new BriefingTableRepository(store),
    briefingRsvps: new BriefingRsvpTableRepository(store),
    deliveryQueue: deliveryQueue(storage, tablePrefix),
    notices: new NoticeTableRepository(store),
    noticeQueue: noticeQueue(storage, tablePrefix),
    tenantBudgets: new TenantBudgetTableRepository(store),
    coachQuestions: new CoachQuestionTableRepository(store),
    peopleByEmail: new PeopleByEmailTableRepository(store),
  };
}

/**
 * Moves rows of older storage layouts into the current ones before the server answers. Each
 * move is idempotent and safe on several instances at once; a failed one is logged and tried
 * again at the next start (meanwhile the rows not yet moved are not shown).
 */
export async function migrateStorage(store: TableStore, repos: Repositories, logger: Logger): Promise<void> {
  try {
    const moved = await moveFeedbackToPairPartitions(store, repos.revisions);
    if (moved > 0) logger.info({ moved }, 'meeting feedback moved to one partition per pair');
  } catch (error) {
    logger.error({ err: error }, 'moving meeting feedback to one partition per pair failed; the next start retries');
  }
  try {
    const moved = await moveGoodPracticesToKeyedLayout(store);
    if (moved > 0) logger.info({ moved }, 'good-practice submissions moved to the keyed layout');
  } catch (error) {
    logger.error({ err: error }, 'moving good-practice submissions to the keyed layout failed; the next start retries');
  }
  try {
    const indexed = await indexPairMembers(store, repos);
    if (indexed > 0) logger.info({ pairs: indexed }, 'pairs of earlier versions added to the member index');
    const chats = await recordPairChats(store);
    if (chats > 0) logger.info({ chats }, "pair chats of earlier versions added to their pairs' chat history");
    const links = await linkEnrolments(store);
    if (links > 0) logger.info({ links }, 'enrolments linked in earlier versions added to the link index');
  } catch (error) {
    logger.error({ err: error }, 'building the indexes by person failed; the next start retries');
  }
}
