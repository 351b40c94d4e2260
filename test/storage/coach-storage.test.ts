import { newQuestion, type CoachQuestion } from '../../bot/src/domain/coach/coach-question';
import { CoachQuestionTableRepository } from '../../bot/src/storage/coach-question.table-repository';
import { PeopleByEmailTableRepository } from '../../bot/src/storage/people-by-email.table-repository';
import { testTableStore } from '../harness/test-storage';

const NOW = new Date('2027-02-01T09:00:00Z');
const question = (mentorId: string, questionId: string, coachId?: string, programmeId = 'p1'): CoachQuestion =>
  newQuestion({ tenantId: 't', programmeId, questionId, mentorId, coachEmail: 'c@x', coachId, text: 'Wie?' }, NOW);
const ref = (q: CoachQuestion) => ({
  tenantId: q.tenantId,
  programmeId: q.programmeId,
  mentorId: q.mentorId,
  questionId: q.questionId,
});

describe('questions to the coach on Azurite', () => {
  test('created once, answered with the ETag it was read at, found per person by key', async () => {
    const repo = new CoachQuestionTableRepository(testTableStore());
    const asked = question('m1', 'q1', 'coach');
    expect(await repo.create(asked)).toBe('created');
    expect(await repo.create({ ...asked, text: 'changed' })).toBe('exists');
    await repo.create(question('m2', 'q2'));
    // A mentor whose id starts like another's is not in their range.
    await repo.create(question('m10', 'q3', 'coach'));

    const read = (await repo.get(ref(asked)))!;
    expect(read.value.text).toBe('Wie?');
    expect(await repo.update({ ...read.value, status: 'answered', answer: 'So.' }, read.etag)).toBe('written');
    expect(await repo.update({ ...read.value, status: 'answered', answer: 'Again' }, read.etag)).toBe('conflict');

    expect((await repo.ofPerson('t', 'p1', 'm1')).map((q) => [q.questionId, q.answer])).toEqual([['q1', 'So.']]);
    expect((await repo.ofPerson('t', 'p1', 'coach')).map((q) => q.questionId).sort()).toEqual(['q1', 'q3']);

    await repo.deleteOfPerson('t', 'p1', 'm1');
    expect(await repo.get(ref(asked))).toBeUndefined();
    expect((await repo.ofPerson('t', 'p1', 'coach')).map((q) => q.questionId)).toEqual(['q3']);
    await repo.deleteOfPerson('t', 'p1', 'coach');
    expect(await repo.ofPerson('t', 'p1', 'm10')).toEqual([]);
    expect((await repo.ofPerson('t', 'p1', 'm2')).map((q) => q.questionId)).toEqual(['q2']);
  });

  test('a programme past retention loses its questions, other programmes keep theirs', async () => {
    const repo = new CoachQuestionTableRepository(testTableStore());
    await repo.create(question('m1', 'q1', 'coach', 'p1'));
    await repo.create(question('m1', 'q2', 'coach', 'p2'));
    await repo.deleteProgramme('t', 'p1');
    expect(await repo.ofPerson('t', 'p1', 'm1')).toEqual([]);
    expect((await repo.ofPerson('t', 'p2', 'm1')).map((q) => q.questionId)).toEqual(['q2']);
  });
});

describe('people by sign-in address on Azurite', () => {
  test('found by any of their addresses, whatever the case; forgotten without taking an address someone else now has', async () => {
    const people = new PeopleByEmailTableRepository(testTableStore());
    await people.record('t', 'clara', ['Clara.Coach@Contoso.com', 'clara@contoso.com']);
    expect(await people.find('t', ' CLARA.coach@contoso.com')).toBe('clara');
    expect(await people.find('t', 'clara@contoso.com')).toBe('clara');
    expect(await people.find('other-tenant', 'clara@contoso.com')).toBeUndefined();
    expect(await people.emailsOf('t', 'clara')).toEqual(['clara.coach@contoso.com', 'clara@contoso.com']);

    // The mailbox `clara@contoso.com` goes to someone else.
    await people.record('t', 'clara-2', ['clara@contoso.com']);
    await people.forget('t', 'clara');
    expect(await people.find('t', 'clara.coach@contoso.com')).toBeUndefined();
    expect(await people.find('t', 'clara@contoso.com')).toBe('clara-2');
    expect(await people.emailsOf('t', 'clara')).toEqual([]);
  });
});
