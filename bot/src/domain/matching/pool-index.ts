import { FORMAT_CODE } from './meeting-format';
import { pairFlags } from './pair-flags';
import type { MenteeProfile, MentorProfile, PairRef, PersonProfile } from './profile';
import type { MatchingRules } from './rules';
import { offsetOrNaN, type UtcOffsetLookup } from './time-zones';
import { bitsetTable, Vocabulary, type BitsetTable } from './vocabulary';
import type { MatchingWeights } from './weights';

/** One side of the pool (mentors or mentees) as flat arrays, one entry per person. */
export interface SideIndex {
  readonly people: readonly PersonProfile[];
  readonly department: Int32Array;
  /** -1 when unknown, so it never equals another location. */
  readonly location: Int32Array;
  /** Minutes east of UTC, NaN when unknown. */
  readonly offset: Float64Array;
  readonly format: Uint8Array;
  readonly topics: BitsetTable;
  readonly slots: BitsetTable;
  readonly languages: BitsetTable;
}

/** The shared word lists, to turn bits back into topic keys, slots and languages. */
export interface PoolVocabularies {
  readonly topics: Vocabulary;
  readonly slots: Vocabulary;
  readonly languages: Vocabulary;
  readonly departments: Vocabulary;
  readonly locations: Vocabulary;
}

/** Everything the pair loop needs, prepared once per run. */
export interface PoolIndex {
  readonly mentors: SideIndex;
  readonly mentees: SideIndex;
  readonly rules: MatchingRules;
  /** Already divided by their sum. */
  readonly weights: MatchingWeights;
  readonly vocabularies: PoolVocabularies;
  /** Id-based violations per pair at `mentee * mentorCount + mentor` (see `pair-flags.ts`). */
  readonly pairFlags: Uint8Array;
}

/** A validated pool with its resolved rules and weights. */
export interface IndexInput {
  readonly mentors: readonly MentorProfile[];
  readonly mentees: readonly MenteeProfile[];
  readonly rules: MatchingRules;
  readonly weights: MatchingWeights;
  readonly previousPairs: readonly PairRef[];
  readonly excluded: readonly PairRef[];
  readonly utcOffsetOf: UtcOffsetLookup | undefined;
}

/** Interns every attribute of both sides into one set of vocabularies and flat arrays. */
export function indexPool(input: IndexInput): PoolIndex {
  const everyone = [...input.mentors, ...input.mentees];
  const vocabularies = collectVocabularies(everyone);
  const side = (people: readonly PersonProfile[]) => indexSide(people, vocabularies, input.utcOffsetOf);
  return {
    mentors: side(input.mentors),
    mentees: side(input.mentees),
    rules: input.rules,
    weights: input.weights,
    vocabularies,
    pairFlags: pairFlags(input),
  };
}

function collectVocabularies(people: readonly PersonProfile[]): PoolVocabularies {
  const vocabularies: PoolVocabularies = {
    topics: new Vocabulary(),
    slots: new Vocabulary(),
    languages: new Vocabulary(),
    departments: new Vocabulary(),
    locations: new Vocabulary(),
  };
  for (const person of people) {
    person.topics.forEach((topic) => vocabularies.topics.intern(topic));
    person.availability.forEach((slot) => vocabularies.slots.intern(slot));
    person.languages.forEach((language) => vocabularies.languages.intern(language));
  }
  return vocabularies;
}

function indexSide(
  people: readonly PersonProfile[],
  vocabularies: PoolVocabularies,
  utcOffsetOf: UtcOffsetLookup | undefined,
): SideIndex {
  return {
    people,
    department: Int32Array.from(people, (p) => vocabularies.departments.intern(p.department)),
    location: Int32Array.from(people, (p) => (p.location === null ? -1 : vocabularies.locations.intern(p.location))),
    offset: Float64Array.from(people, (p) => offsetOrNaN(p.timeZone, utcOffsetOf)),
    format: Uint8Array.from(people, (p) => FORMAT_CODE[p.format]),
    topics: bitsetTable(
      people.map((p) => p.topics),
      vocabularies.topics,
    ),
    slots: bitsetTable(
      people.map((p) => p.availability),
      vocabularies.slots,
    ),
    languages: bitsetTable(
      people.map((p) => p.languages),
      vocabularies.languages,
    ),
  };
}
