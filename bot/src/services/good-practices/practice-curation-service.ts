import type { Clock } from '../../domain/clock';
import type { GoodPractice } from '../../domain/good-practices/good-practice';
import {
  approvePractice,
  pageOf,
  parsePracticeEdit,
  rejectPractice,
  rejectReasonSchema,
  type CurationRefusal,
} from '../../domain/good-practices/practice-curation';
import { practiceDecidedPlan } from '../../domain/notices/notice-plans';
import type { Programme } from '../../domain/programme/programme';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import { fail, ok, type Result } from '../../domain/result';
import { fieldIssuesOf } from '../../domain/validation';
import type { NoticeOutbox } from '../notices/notice-ports';
import type { Actor } from '../versioned';
import type { GoodPracticeRepository } from './good-practice-ports';
import type { PracticeAccess } from './practice-access';

export type CurationFailure = 'not-found' | 'not-admin' | 'busy' | CurationRefusal;

/** One page of HR's queue: the practices waiting for a decision or for publication, newest first. */
export interface CurationQueue {
  programme: Programme;
  items: GoodPractice[];
  page: number;
  pages: number;
  total: number;
}

export const QUEUE_PAGE_SIZE = 5;
const ATTEMPTS = 3;

/**
 * HR's curation: the queue, edit and approve, reject (the author told kindly). Every decision is
 * a conditional write on the practice's ETag, re-read on conflict: two admins deciding the same
 * practice decide it once, and the second is told so. Only the programme's admins get anywhere.
 */
export class PracticeCurationService {
  constructor(
    private readonly access: PracticeAccess,
    private readonly practices: GoodPracticeRepository,
    private readonly notices: Pick<NoticeOutbox, 'record'>,
    private readonly clock: Clock,
  ) {}

  /** The programmes the person curates. */
  curated(actor: Actor): Promise<Programme[]> {
    return this.access.administeredBy(actor);
  }

  async queue(actor: Actor, programmeId: string, page: number): Promise<Result<CurationQueue, CurationFailure>> {
    const programme = await this.access.administered(actor, programmeId);
    if (!programme) return fail('not-admin');
    const open = (await this.practices.list(programmeId))
      .map((row) => row.value)
      .filter((p) => p.status === 'pending' || p.status === 'approved');
    const shown = pageOf(open, page, QUEUE_PAGE_SIZE);
    const pages = Math.max(1, Math.ceil(open.length / QUEUE_PAGE_SIZE));
    return ok({ programme, items: shown.items, page: shown.page, pages, total: open.length });
  }

  /** One practice for HR's review card. */
  async practice(
    actor: Actor,
    programmeId: string,
    practiceId: string,
  ): Promise<Result<{ programme: Programme; practice: GoodPractice }, CurationFailure>> {
    const programme = await this.access.administered(actor, programmeId);
    if (!programme) return fail('not-admin');
    const stored = await this.practices.get(programmeId, practiceId);
    return stored ? ok({ programme, practice: stored.value }) : fail('not-found');
  }

  /** Approves a pending practice with HR's edit (title, text, topic tags from the catalogue). */
  approve(actor: Actor, programmeId: string, practiceId: string, input: unknown) {
    return this.decide(actor, programmeId, practiceId, (practice, programme) => {
      const edit = parsePracticeEdit(
        input,
        activeTopics(programme.topics).map((t) => t.key),
      );
      return edit.ok ? approvePractice(practice, edit.value, actor.aadObjectId, this.clock.now()) : edit;
    });
  }

  /** Rejects a pending practice; its author is told kindly, in their language, with HR's reason if given. */
  async reject(actor: Actor, programmeId: string, practiceId: string, input: unknown) {
    const reason = rejectReasonSchema.safeParse(input);
    if (!reason.success) return fail('invalid-input', fieldIssuesOf(reason.error));
    const decided = await this.decide(actor, programmeId, practiceId, (practice) =>
      rejectPractice(practice, reason.data.reason, actor.aadObjectId, this.clock.now()),
    );
    if (decided.ok) await this.notices.record(practiceDecidedPlan(actor.tenantId, decided.value));
    return decided;
  }

  /**
   * Reads the practice, applies one step and writes it if nobody wrote in between; on a
   * conflict the step runs again on what the other admin left (and usually refuses).
   */
  async decide(
    actor: Actor,
    programmeId: string,
    practiceId: string,
    step: (practice: GoodPractice, programme: Programme) => Result<GoodPractice, CurationRefusal>,
  ): Promise<Result<GoodPractice, CurationFailure>> {
    const programme = await this.access.administered(actor, programmeId);
    if (!programme) return fail('not-admin');
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const stored = await this.practices.get(programmeId, practiceId);
      if (!stored) return fail('not-found');
      const next = step(stored.value, programme);
      if (!next.ok) return next;
      if ((await this.practices.update(next.value, stored.etag)) === 'written') return next;
    }
    return fail('busy');
  }
}
