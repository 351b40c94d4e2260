import type { Request, Response, Server } from 'restify';
import { meetingIcs, type Meeting } from '../domain/meetings';
import { translator } from '../i18n';
import type { MeetingService } from '../services/meetings/meeting-service';
import type { DownloadLinks } from '../services/privacy/download-links';

/**
 * `GET /api/meeting.ics?token=…`: the meeting as a calendar file, from the link on the meeting
 * card. It reads the meeting now, so a moved or cancelled meeting downloads as such.
 */
export function registerMeetingIcsRoute(server: Server, deps: { links: DownloadLinks; meetings: MeetingService; now: () => Date }): void {
  server.get('/api/meeting.ics', async (req: Request, res: Response) => {
    const token = new URL(req.url ?? '', 'http://x').searchParams.get('token');
    const ref = token ? await deps.links.calendarOf(token) : undefined;
    if (!ref) return void res.send(401, { error: 'invalid-or-expired-link' });
    const meeting = await deps.meetings.meetingOfTenant(ref.tenantId, ref.programmeId, ref.pairId, ref.meetingId);
    if (!meeting) return void res.send(404, { error: 'not-found' });
    res.header('Content-Type', 'text/calendar; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="tandem-meeting-${meeting.number}.ics"`);
    res.header('Cache-Control', 'no-store');
    res.sendRaw(200, meetingIcs(meeting, calendarText(meeting, ref.language), deps.now()));
  });
}

function calendarText(meeting: Meeting, language: 'en' | 'de') {
  const t = translator(language);
  const lines = [t('meetings.calendar.description'), meeting.note ? `${t('meetings.card.note')}: ${meeting.note}` : ''].filter(Boolean);
  return { summary: t('meetings.calendar.summary', { number: meeting.number }), description: lines.join('\n') };
}
