/** Who a Teams new-meeting deep link invites and when. */
export interface MeetingLinkInput {
  subject: string;
  startsAt: string;
  endsAt: string;
  /** Sign-in addresses; people without one are left out (Teams cannot invite them by id). */
  attendees: readonly (string | undefined)[];
}

/**
 * Teams' deep link to a prefilled new-meeting form. Tandem never creates online meetings
 * itself (that needs calendar permissions), so the card and the tab both offer this link.
 */
export function teamsMeetingLink(input: MeetingLinkInput): string {
  const query = new URLSearchParams({ subject: input.subject, startTime: input.startsAt, endTime: input.endsAt });
  const attendees = input.attendees.filter(Boolean).join(',');
  if (attendees) query.set('attendees', attendees);
  return `https://teams.microsoft.com/l/meeting/new?${query.toString()}`;
}
