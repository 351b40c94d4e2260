import type { DataSubject, PersonalDataSource } from '../privacy/personal-data';
import { pairIdOf } from '../../domain/pairing/pair';
import type { PairRepository } from '../matching/pairing-repositories';
import { memberPairs } from '../matching/tenant-pairs';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { PollRepository, PollState } from './poll-ports';

/**
 * The topic polls of the person's pairs: options, votes and own questions. A poll names both
 * members, like the pair itself, so deletion removes the pair's polls whole (the pair is
 * deleted at the same time); the export shows the polls with the person's own votes.
 */
export function pollData(
  programmes: ProgrammeRepository,
  pairs: PairRepository,
  polls: PollRepository,
): PersonalDataSource {
  // The polls of the person's pairs, one pair's partition each (found by key before the pairs go).
  const mine = async (subject: DataSubject): Promise<PollState[]> => {
    const own = await memberPairs(programmes, pairs, subject.tenantId, subject.aadObjectId);
    const all = await Promise.all(
      own.map((pair) => polls.ofPair(pair.programmeId, pairIdOf(pair.mentorId, pair.menteeId), { votes: true })),
    );
    return all.flat();
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
