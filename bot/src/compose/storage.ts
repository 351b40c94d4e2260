import { BroadcastTableRepository } from '../storage/broadcast.table-repository';
import { ConsentRefusalTableLog } from '../storage/consent-refusal.table-log';
import { ConversationAddressTableRepository } from '../storage/conversation-address.table-repository';
import { DeliveryStorageQueue } from '../storage/delivery.queue';
import { EnrolmentTableRepository } from '../storage/enrolment.table-repository';
import { FeedbackTableRepository, GoodPracticeTableRepository } from '../storage/feedback.table-repositories';
import { DueIndexTableRepository, MeetingTableRepository } from '../storage/meeting.table-repositories';
import { NewsChannelTableRepository } from '../storage/news-channel.table-repository';
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
import { ObservedMeetingRepository } from '../services/meetings/observed-meeting-repository';

/** Every repository, as the services and jobs see them. */
export type Repositories = ReturnType<typeof composeRepositories>;

/**
 * The storage layer: one table repository per port, plus the delivery queue.
 * `onProgrammeOrProfileEdit` runs after those writes, which bump no pair revision.
 */
export function composeRepositories(
  store: TableStore,
  storage: StorageConnection,
  tablePrefix: string,
  onProgrammeOrProfileEdit: () => void,
) {
  // Every repository of pair data bumps the pair's revision after its writes (see pair-revisions.ts).
  const revisions = new PairRevisionTableRepository(store);
  return {
    directory: new ConversationAddressTableRepository(store),
    programmes: new ProgrammeTableRepository(store, onProgrammeOrProfileEdit),
    profiles: new ProfileTableRepository(store, onProgrammeOrProfileEdit),
    revisions,
    refusals: new ConsentRefusalTableLog(store),
    enrolments: new EnrolmentTableRepository(store),
    proposals: new ProposalTableRepository(store),
    dueIndex: new DueIndexTableRepository(store),
    polls: new PollTableRepository(store, revisions),
    pairs: new PairTableRepository(store, revisions),
    // The pair chat's meeting messages follow every meeting write (see composeMessengers).
    meetings: new ObservedMeetingRepository(new MeetingTableRepository(store, revisions)),
    feedback: new FeedbackTableRepository(store, revisions),
    goodPractices: new GoodPracticeTableRepository(store),
    broadcasts: new BroadcastTableRepository(store),
    recipients: new RecipientTableRepository(store),
    tallies: new ShardTallyTableRepository(store),
    newsChannels: new NewsChannelTableRepository(store),
    deliveryQueue: new DeliveryStorageQueue(storage, tablePrefix),
    tenantBudgets: new TenantBudgetTableRepository(store),
  };
}
