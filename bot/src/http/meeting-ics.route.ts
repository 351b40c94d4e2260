import type { Server } from 'restify';
import { registerSignedLinkRoute } from './signed-link-route';
import { meetingIcs, type Meeting } from '../domain/meetings';
import { translator } from '../i18n';
import { formatDateTime } from '../i18n/format-date-time';
import type { MeetingService } from '../services/meetings/meeting-service';
import type { DownloadLinks } from '../services/privacy/download-links';

/**
 * `GET /api/meeting.ics?token=…`: the meeting as a calendar file, from the link on the meeting
 * card. It reads the meeting now, so a moved or cancelled meeting downloads as such.
 */
export function registerMeetingIcsRoute(
  server: Server,
  deps: { links: DownloadLinks; meetings: MeetingService; now: () => Date },
): void {
  registerSignedLinkRoute(
    server,
    '/api/meeting.ics',
    (token) => deps.links.calendarOf(token),
    async (ref, res) => {
      const meeting = await deps.meetings.meetingOfTenant(ref.tenantId, ref.programmeId, ref.pairId, ref.meetingId);
      if (!meeting) return void res.send(404, { error: 'not-found' });
      res.header('Content-Type', 'text/calendar; charset=utf-8');
      res.header('Content-Disposition', `attachment; filename="tandem-meeting-${meeting.number}.ics"`);
      res.sendRaw(200, meetingIcs(meeting, calendarText(meeting, ref.language), deps.now()));
    },
  );
}

/** The entry's words; the time is repeated in the zone it was planned in, as people say it to each other. */
function calendarText(meeting: Meeting, language: 'en' | 'de') {
  const t = translator(language);
  const when = t('meetings.calendar.when', {
    when: formatDateTime(meeting.startsAt, language, meeting.timeZone),
    timeZone: meeting.timeZone,
  });
  const lines = [
    t('meetings.calendar.description'),
    when,
    meeting.note ? `${t('meetings.card.note')}: ${meeting.note}` : '',
  ].filter(Boolean);
  return { summary: t('meetings.calendar.summary', { number: meeting.number }), description: lines.join('\n') };
}
