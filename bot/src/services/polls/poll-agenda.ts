import type { Agenda, Meeting } from '../../domain/meetings';
import { setAgenda } from '../../domain/meetings/meeting-changes';
import type { PollOption } from '../../domain/polls';
import type { Programme } from '../../domain/programme/programme';
import type { MeetingRepository } from '../meetings/meeting-ports';
import { changeMeeting } from '../meetings/meeting-update';

/** The agenda an option stands for: a catalogue topic with its names in both languages, or the pair's own words. */
export function agendaOf(
  option: PollOption,
  programme: Pick<Programme, 'topics'>,
  meta: { setBy: string; at: string; pollId?: string },
): Agenda {
  const topic = option.topicKey ? programme.topics.find((t) => t.key === option.topicKey) : undefined;
  const titles = topic
    ? { ...topic.names }
    : { en: option.title ?? option.topicKey ?? '', de: option.title ?? option.topicKey ?? '' };
  return {
    ...(option.topicKey ? { topicKey: option.topicKey } : {}),
    titles,
    ...(meta.pollId ? { pollId: meta.pollId } : {}),
    setBy: meta.setBy,
    at: meta.at,
  };
}

/**
 * Makes an agenda the meeting's, keeping the one it replaces in the history. Only a planned
 * meeting takes a new agenda; a held or cancelled one keeps what it had.
 */
export async function applyAgenda(
  meetings: MeetingRepository,
  ref: { programmeId: string; pairId: string; meetingId: string },
  agenda: Agenda,
): Promise<Meeting | undefined> {
  return changeMeeting(meetings, ref, (meeting) =>
    meeting.status === 'planned' ? setAgenda(meeting, agenda) : undefined,
  );
}
