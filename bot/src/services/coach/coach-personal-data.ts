import type { PersonalDataSource } from '../privacy/personal-data';
import type { ProgrammeRepository } from '../programmes/programme-repository';
import type { CoachQuestionRepository, PeopleByEmail } from './coach-ports';

/**
 * Questions to the coach, found by key in each of the tenant's programmes: those the person
 * asked and those sent to them as the coach (a thread of two people goes with either of them).
 */
export function coachQuestionData(
  programmes: Pick<ProgrammeRepository, 'list'>,
  questions: Pick<CoachQuestionRepository, 'ofPerson' | 'deleteOfPerson'>,
): PersonalDataSource {
  const programmeIds = async (tenantId: string) => (await programmes.list(tenantId)).map((p) => p.value.id);
  return {
    name: 'coachQuestions',
    async exportFor(subject) {
      const lists = await Promise.all(
        (await programmeIds(subject.tenantId)).map((id) =>
          questions.ofPerson(subject.tenantId, id, subject.aadObjectId),
        ),
      );
      return lists.flat().map((q) => ({
        programmeId: q.programmeId,
        askedByYou: q.mentorId === subject.aadObjectId,
        question: q.text,
        status: q.status,
        answer: q.answer,
        askedAt: q.askedAt,
        answeredAt: q.answeredAt,
      }));
    },
    async deleteFor(subject) {
      for (const id of await programmeIds(subject.tenantId))
        await questions.deleteOfPerson(subject.tenantId, id, subject.aadObjectId);
    },
  };
}

/** The sign-in addresses Tandem recorded for the person (how a coach is found), by key. */
export function signInAddressData(people: Pick<PeopleByEmail, 'emailsOf' | 'forget'>): PersonalDataSource {
  return {
    name: 'signInAddresses',
    exportFor: async (subject) => people.emailsOf(subject.tenantId, subject.aadObjectId),
    deleteFor: (subject) => people.forget(subject.tenantId, subject.aadObjectId),
  };
}
