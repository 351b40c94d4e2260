import type { Language } from '../../domain/language';
import type { Meeting } from '../../domain/meetings';
import type { DownloadLinks } from '../../services/privacy/download-links';

/** The signed .ics link of a planned meeting, valid until it ends; none for meetings no longer planned. */
export async function calendarUrlOf(
  links: DownloadLinks,
  tenantId: string,
  meeting: Meeting,
  language: Language,
): Promise<string | undefined> {
  if (meeting.status !== 'planned') return undefined;
  return links.calendarLink(
    { tenantId, programmeId: meeting.programmeId, pairId: meeting.pairId, meetingId: meeting.id, language },
    new Date(meeting.endsAt),
  );
}
