import type { Clock } from '../../domain/clock';
import type { GoodPractice } from '../../domain/good-practices/good-practice';
import { withdrawPractice, type CurationRefusal } from '../../domain/good-practices/practice-curation';
import { newPractice, parsePracticeForm } from '../../domain/good-practices/practice-submission';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import { fail, ok, type Result } from '../../domain/result';
import type { Actor } from '../versioned';
import type { GoodPracticeRepository, PracticePosts } from './good-practice-ports';
import type { PracticeAccess, PracticeContext } from './practice-access';

export type SharingFailure = 'not-found' | 'not-in-programme' | 'invalid-input' | 'busy' | CurationRefusal;

const ATTEMPTS = 3;

/**
 * `share a practice`: anyone in a programme offers a practice for curation; its admins add one
 * approved straight away. The form carries a submission id made when it was shown, so a double
 * click or a retried invoke creates one practice. Authors may withdraw their practice.
 */
export class PracticeSharingService {
  constructor(
    private readonly access: PracticeAccess,
    private readonly practices: GoodPracticeRepository,
    private readonly clock: Clock,
    private readonly posts?: PracticePosts,
  ) {}

  /** The programmes the person may share in, with their part in each. */
  contexts(actor: Actor): Promise<PracticeContext[]> {
    return this.access.contextsOf(actor);
  }

  /** One programme's form context; refused for people outside it (a tampered id). */
  async context(actor: Actor, programmeId: string): Promise<Result<PracticeContext, SharingFailure>> {
    const context = await this.access.contextOf(actor, programmeId);
    return context ? ok(context) : fail('not-in-programme');
  }

  /** Validates and files the practice; the same submission id twice gives the first practice back. */
  async share(
    actor: Actor,
    programmeId: string,
    submissionId: string,
    input: unknown,
  ): Promise<Result<{ practice: GoodPractice; context: PracticeContext }, SharingFailure>> {
    const context = await this.context(actor, programmeId);
    if (!context.ok) return context;
    const keys = activeTopics(context.value.programme.topics).map((topic) => topic.key);
    const form = parsePracticeForm(input, keys);
    if (!form.ok) return form;
    const { role } = context.value;
    const origin = {
      id: submissionId,
      programmeId,
      authorId: actor.aadObjectId,
      authorName: actor.displayName,
      role,
      source: role === 'hr' ? ('hr' as const) : ('shared' as const),
    };
    const practice = newPractice(form.value, origin, this.clock.now());
    if ((await this.practices.create(practice)) === 'created') return ok({ practice, context: context.value });
    const first = await this.practices.get(programmeId, submissionId);
    if (first?.value.authorId !== actor.aadObjectId) return fail('not-yours');
    return ok({ practice: first.value, context: context.value });
  }

  /** The author takes their practice back; anyone else's id is refused and changes nothing. */
  async withdraw(actor: Actor, programmeId: string, practiceId: string): Promise<Result<GoodPractice, SharingFailure>> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const stored = await this.practices.get(programmeId, practiceId);
      const programme = stored && (await this.access.contextOf(actor, programmeId));
      if (!stored || !programme) return fail('not-found');
      const withdrawn = withdrawPractice(stored.value, actor.aadObjectId);
      if (!withdrawn.ok) return withdrawn;
      if ((await this.practices.update(withdrawn.value, stored.etag)) !== 'written') continue;
      // Taken back from the channels it was posted to, not only from the library.
      if (stored.value.status === 'published') await this.posts?.refresh(actor.tenantId, programmeId, practiceId);
      return withdrawn;
    }
    return fail('busy');
  }

  /** The person's own practices in a programme (for the tab's "mine" and the withdraw buttons). */
  async mine(actor: Actor, programmeId: string): Promise<GoodPractice[]> {
    return (await this.practices.byAuthor(programmeId, actor.aadObjectId)).map((row) => row.value);
  }
}
