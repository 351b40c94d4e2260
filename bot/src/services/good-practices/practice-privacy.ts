import { afterAuthorDeletion, afterRetention, type GoodPractice } from '../../domain/good-practices/good-practice';
import type { DataSubject, PersonalDataSource } from '../privacy/personal-data';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { ProgrammeScopedData } from '../retention/retention-service';
import type { Versioned } from '../versioned';
import type { GoodPracticeRepository, PracticePosts } from './good-practice-ports';

const ATTEMPTS = 3;

/**
 * Keeps what `keep` leaves of a practice (an anonymised copy) or deletes it. A conflicting
 * write (an admin deciding at the same moment) is read again and decided again.
 */
async function settle(
  practices: GoodPracticeRepository,
  row: Versioned<GoodPractice>,
  keep: (practice: GoodPractice) => GoodPractice | undefined,
): Promise<void> {
  let current: Versioned<GoodPractice> | undefined = row;
  for (let attempt = 0; current && attempt < ATTEMPTS; attempt += 1) {
    const kept = keep(current.value);
    if (!kept) return practices.delete(current.value.programmeId, current.value.id);
    if ((await practices.update(kept, current.etag)) !== 'conflict') return;
    current = await practices.get(row.value.programmeId, row.value.id);
  }
}

/**
 * The person's good practices (found by key, through the author index): exported as stored;
 * deleted, except a published one its author chose to leave anonymised, which stays without them.
 */
export function goodPracticeData(
  programmes: ProgrammeRepository,
  practices: GoodPracticeRepository,
  posts?: PracticePosts,
): PersonalDataSource {
  const mine = async (subject: DataSubject) =>
    (
      await Promise.all(
        (await programmes.list(subject.tenantId)).map((p) => practices.byAuthor(p.value.id, subject.aadObjectId)),
      )
    ).flat();
  return {
    name: 'goodPractices',
    async exportFor(subject) {
      return (await mine(subject)).map((row) => row.value);
    },
    async deleteFor(subject) {
      for (const row of await mine(subject)) {
        await settle(practices, row, afterAuthorDeletion);
        // Its channel posts named the author, or show a practice that is gone: drawn again.
        if (row.value.status === 'published')
          await posts?.refresh(subject.tenantId, row.value.programmeId, row.value.id);
      }
    },
  };
}

/** Retention of a closed programme: only anonymous published practices stay, anonymised for good. */
export class GoodPracticeRetention implements ProgrammeScopedData {
  constructor(private readonly practices: GoodPracticeRepository) {}

  async deleteProgramme(_tenantId: string, programmeId: string): Promise<void> {
    for (const row of await this.practices.list(programmeId)) await settle(this.practices, row, afterRetention);
  }
}
