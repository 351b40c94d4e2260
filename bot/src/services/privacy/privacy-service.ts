import type { Clock } from '../../domain/clock';
import type { DataSubject, PersonalDataSource } from './personal-data';

/** Everything Tandem stores about one person, grouped by store. */
export interface PersonalDataExport {
  exportedAt: string;
  subject: DataSubject;
  data: Record<string, unknown[]>;
}

/** Export and deletion of one's own data (GDPR Art. 15 and 17), across every registered store. */
export class PrivacyService {
  constructor(
    private readonly sources: readonly PersonalDataSource[],
    private readonly clock: Clock,
  ) {}

  async export(subject: DataSubject): Promise<PersonalDataExport> {
    const entries = await Promise.all(
      this.sources.map(async (source) => [source.name, await source.exportFor(subject)] as const),
    );
    return { exportedAt: this.clock.now().toISOString(), subject, data: Object.fromEntries(entries) };
  }

  /** Deletes the person's data everywhere. Sources run one after another so a failure stops early and can be retried. */
  async delete(subject: DataSubject): Promise<void> {
    for (const source of this.sources) await source.deleteFor(subject);
  }
}
