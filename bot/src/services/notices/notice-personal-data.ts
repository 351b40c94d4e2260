import type { PersonalDataSource } from '../privacy/personal-data';
import type { NoticeRepository } from './notice-ports';

/**
 * Notices to the person or naming them (a pair's ids): exported with what they were about and
 * how they went; deleted with the rest of their data, sent or not (a notice still pending about
 * a pair that is gone would be skipped anyway).
 */
export function noticeData(notices: Pick<NoticeRepository, 'mentioning' | 'deleteMentioning'>): PersonalDataSource {
  return {
    name: 'notices',
    async exportFor(subject) {
      return (await notices.mentioning(subject.tenantId, subject.aadObjectId)).map((n) => ({
        programmeId: n.programmeId,
        toYou: n.recipient === subject.aadObjectId,
        kind: n.subject.kind,
        status: n.status,
        reason: n.reason,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
      }));
    },
    deleteFor: (subject) => notices.deleteMentioning(subject.tenantId, subject.aadObjectId),
  };
}
