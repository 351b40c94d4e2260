import type { DataSubject, PersonalDataSource } from '../privacy/personal-data';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { PollRepository, PollState } from './poll-ports';

/**
 * The topic polls of the person's pairs: options, votes and own questions. A poll names both
 * members, like the pair itself, so deletion removes the pair's polls whole (the pair is
 * deleted at the same time); the export shows the polls with the person's own votes.
 */
export function pollData(programmes: ProgrammeRepository, polls: PollRepository): PersonalDataSource {
  const mine = async (subject: DataSubject): Promise<PollState[]> => {
    const all = await Promise.all((await programmes.list(subject.tenantId)).map((p) => polls.ofProgramme(p.value.id)));
    return all
      .flat()
      .filter(
        (s) =>
          s.poll.tenantId === subject.tenantId &&
          (s.poll.mentorId === subject.aadObjectId || s.poll.menteeId === subject.aadObjectId),
      );
  };
  return {
    name: 'topicPolls',
    async exportFor(subject) {
      return (await mine(subject)).map((s) => ({
        ...s.poll,
        addedOptions: s.added,
        myVotes: s.votes.filter((v) => v.personId === subject.aadObjectId),
      }));
    },
    async deleteFor(subject) {
      const pairs = new Set((await mine(subject)).map((s) => `${s.poll.programmeId}|${s.poll.pairId}`));
      for (const key of pairs) {
        const [programmeId, pairId] = key.split('|') as [string, string];
        await polls.deletePair(programmeId, pairId);
      }
    },
  };
}
