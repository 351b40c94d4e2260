import type { Clock } from '../../domain/clock';
import {
  feedbackSeenBy,
  parseFeedbackForm,
  recordFeedback,
  type MeetingFeedback,
} from '../../domain/feedback/meeting-feedback';
import type { Meeting } from '../../domain/meetings';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { Programme } from '../../domain/programme/programme';
import { fail, ok, type Result } from '../../domain/result';
import type { PairRepository } from '../matching/pairing-repositories';
import type { MeetingRepository } from '../meetings/meeting-ports';
import { memberPairContext } from '../meetings/pair-context';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { Actor } from '../versioned';
import type { GoodPractice } from '../../domain/good-practices/good-practice';
import type { GoodPracticeRepository } from '../good-practices/good-practice-ports';
import { fileSharedLearning, type StableIds } from '../good-practices/shared-learnings';
import type { FeedbackRepository } from './feedback-ports';

export type FeedbackFailure = 'not-found' | 'not-your-pair' | 'not-held' | 'busy' | 'invalid-input';

/** What the feedback card needs: the meeting, the catalogue to pick topics from, and any earlier answer. */
export interface FeedbackContext {
  meeting: Meeting;
  programme: Programme;
  role: 'mentor' | 'mentee';
  existing?: MeetingFeedback;
}

const ATTEMPTS = 3;

/** Feedback after a held meeting: each member once per meeting, editable, private notes kept private. */
export class FeedbackService {
  constructor(
    private readonly programmes: ProgrammeRepository,
    private readonly pairs: PairRepository,
    private readonly meetings: MeetingRepository,
    private readonly feedback: FeedbackRepository,
    private readonly goodPractices: GoodPracticeRepository,
    private readonly clock: Clock,
    private readonly ids: StableIds,
  ) {}

  /** The card's context for one member and meeting; refused for anyone else and for meetings not held. */
  async context(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
  ): Promise<Result<FeedbackContext, FeedbackFailure>> {
    const member = await memberPairContext(this.programmes, this.pairs, actor, programmeId, pairId);
    if (!member.ok) return member;
    const meeting = await this.meetings.get(programmeId, pairId, meetingId);
    if (!meeting) return fail('not-found');
    if (meeting.value.status !== 'held') return fail('not-held');
    const existing = await this.feedback.get(programmeId, pairId, actor.aadObjectId, meetingId);
    return ok({
      meeting: meeting.value,
      programme: member.value.programme,
      role: member.value.role,
      existing: existing?.value,
    });
  }

  /**
   * Saves the member's feedback: the first submit creates it, later ones edit it. A double
   * click races on the same key; the loser re-reads and edits, so there is never a second record.
   */
  async submit(
    actor: Actor,
    programmeId: string,
    pairId: string,
    meetingId: string,
    input: unknown,
  ): Promise<Result<{ feedback: MeetingFeedback; context: FeedbackContext }, FeedbackFailure>> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const context = await this.context(actor, programmeId, pairId, meetingId);
      if (!context.ok) return context;
      const keys = activeTopics(context.value.programme.topics).map((t) => t.key);
      const form = parseFeedbackForm(input, keys);
      if (!form.ok) return form;
      const about = {
        programmeId,
        pairId,
        meetingId,
        meetingNumber: context.value.meeting.number,
        authorId: actor.aadObjectId,
        role: context.value.role,
      };
      const feedback = recordFeedback(form.value, about, context.value.existing, this.clock.now());
      if (await this.write(feedback, actor, meetingId)) {
        await fileSharedLearning(this.goodPractices, this.ids, feedback, actor.displayName);
        return ok({ feedback, context: { ...context.value, existing: feedback } });
      }
    }
    return fail('busy');
  }

  /** The pair's feedback as one member may see it: their own in full, the partner's without the private note. */
  async seenByMember(
    programmeId: string,
    pairId: string,
    viewerId: string,
  ): Promise<Array<MeetingFeedback | Omit<MeetingFeedback, 'privateNote'>>> {
    return feedbackSeenBy(await this.feedback.forPair(programmeId, pairId), viewerId);
  }

  /** Learnings offered as good practices in a programme, for HR's curation. */
  async goodPracticeSubmissions(programmeId: string): Promise<GoodPractice[]> {
    return (await this.goodPractices.list(programmeId)).map((row) => row.value);
  }

  private async write(feedback: MeetingFeedback, actor: Actor, meetingId: string): Promise<boolean> {
    const stored = await this.feedback.get(feedback.programmeId, feedback.pairId, actor.aadObjectId, meetingId);
    if (!stored) return (await this.feedback.create(feedback)) === 'created';
    return (await this.feedback.update({ ...feedback, createdAt: stored.value.createdAt }, stored.etag)) === 'written';
  }
}
