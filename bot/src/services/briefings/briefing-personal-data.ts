import type { DataSubject, PersonalDataSource } from '../privacy/personal-data';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { ProgrammeScopedData } from '../retention/retention-service';
import type { BriefingRepository, RsvpRepository } from './briefing-ports';

/** Each briefing of the tenant's programmes, by key: the programmes, then each programme's partition of briefings. */
async function briefingsOf(programmes: ProgrammeRepository, briefings: BriefingRepository, tenantId: string) {
  const all = await Promise.all(
    (await programmes.list(tenantId)).map((programme) => briefings.ofProgramme(tenantId, programme.value.id)),
  );
  return all.flat();
}

/**
 * A person's answers to briefings (personal data: who said they will attend), found by key:
 * in each briefing of the tenant's programmes, the row under the person's id.
 */
export function briefingAnswerData(
  programmes: ProgrammeRepository,
  briefings: BriefingRepository,
  rsvps: RsvpRepository,
): PersonalDataSource {
  const answersOf = async (subject: DataSubject) => {
    const found = await Promise.all(
      (await briefingsOf(programmes, briefings, subject.tenantId)).map((briefing) =>
        rsvps.get(briefing.programmeId, briefing.id, subject.aadObjectId),
      ),
    );
    return found.flatMap((rsvp) => (rsvp ? [rsvp.value] : []));
  };
  return {
    name: 'briefingAnswers',
    exportFor: answersOf,
    async deleteFor(subject) {
      for (const answer of await answersOf(subject))
        await rsvps.delete(answer.programmeId, answer.briefingId, subject.aadObjectId);
    },
  };
}

/** When a closed programme's retention period is over, its briefings and every answer to them go. */
export class BriefingRetention implements ProgrammeScopedData {
  constructor(
    private readonly briefings: BriefingRepository,
    private readonly rsvps: Pick<RsvpRepository, 'deleteBriefing'>,
  ) {}

  async deleteProgramme(tenantId: string, programmeId: string): Promise<void> {
    for (const briefing of await this.briefings.ofProgramme(tenantId, programmeId))
      await this.rsvps.deleteBriefing(programmeId, briefing.id);
    await this.briefings.deleteProgramme(tenantId, programmeId);
  }
}
