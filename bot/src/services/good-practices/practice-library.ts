import type { GoodPractice } from '../../domain/good-practices/good-practice';
import { libraryEntry, type PracticeLibraryView } from '../../domain/good-practices/library';
import type { Language } from '../../domain/language';
import { activeTopics } from '../../domain/programme/topic-catalogue';
import type { GoodPracticeRepository } from './good-practice-ports';
import type { PracticeAccess } from './practice-access';

/** Whom the library is for, as the tab API knows them. */
export interface LibraryReader {
  tenantId: string;
  aadObjectId: string;
  language: Language;
}

/**
 * The good-practice library of the personal tab: in every programme the person takes part in
 * or runs, the published practices (credited as their authors chose) and the person's own
 * practices whatever their state (so they can withdraw them), newest first. Read by key: one
 * programme partition each, side by side.
 */
export class PracticeLibrary {
  constructor(
    private readonly access: PracticeAccess,
    private readonly practices: Pick<GoodPracticeRepository, 'list'>,
  ) {}

  /** A programme's published practices, newest first (the journey shows those of the next topic). */
  async published(programmeId: string): Promise<GoodPractice[]> {
    return (await this.practices.list(programmeId)).map((row) => row.value).filter((p) => p.status === 'published');
  }

  async forReader(reader: LibraryReader): Promise<PracticeLibraryView> {
    const actor = { ...reader, displayName: '', locale: reader.language };
    const contexts = await this.access.contextsOf(actor);
    const perProgramme = await Promise.all(
      contexts.map(async ({ programme }) =>
        (await this.practices.list(programme.id))
          .map((row) => row.value)
          .filter((p) => p.status === 'published' || (p.authorId === reader.aadObjectId && p.status !== 'withdrawn'))
          .map((p) => libraryEntry(p, programme, reader.language, reader.aadObjectId)),
      ),
    );
    const topics = new Map(
      contexts.flatMap(({ programme }) =>
        activeTopics(programme.topics).map((topic) => [topic.key, topic.names[reader.language]] as const),
      ),
    );
    return {
      practices: perProgramme.flat().sort((a, b) => b.at.localeCompare(a.at)),
      topics: [...topics].map(([key, name]) => ({ key, name })),
    };
  }
}
