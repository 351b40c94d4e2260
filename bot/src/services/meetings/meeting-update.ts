import type { Meeting } from '../../domain/meetings';
import type { MeetingRepository } from './meeting-ports';

/** A meeting write races the pair's own changes (a move, a check-in, a poll's decision): re-read and apply again a few times. */
const ATTEMPTS = 4;

/**
 * Applies `change` to the stored meeting under its ETag, reading it again after a conflict.
 * `change` returns the meeting unchanged for nothing to do, or undefined to give up; the
 * result is the meeting as written (or found), undefined when it is gone or given up.
 */
export async function changeMeeting(
  meetings: MeetingRepository,
  ref: { programmeId: string; pairId: string; meetingId: string },
  change: (meeting: Meeting) => Meeting | undefined,
): Promise<Meeting | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const found = await meetings.get(ref.programmeId, ref.pairId, ref.meetingId);
    const changed = found && change(found.value);
    if (!found || !changed) return undefined;
    if (changed === found.value || (await meetings.update(changed, found.etag)) === 'written') return changed;
  }
  return undefined;
}
