/** Whether a card is a mentor kit (its heading, in either language). */
export function isMentorKitCard(card: unknown): boolean {
  const heading = (card as { body?: Array<{ text?: unknown }> } | undefined)?.body?.[0]?.text;
  return typeof heading === 'string' && /^(Your mentor kit for|Ihr Mentoren-Kit für) /.test(heading);
}

/**
 * A chat's messages without mentor kits. Mentors get their kit when they onboard and when their
 * pair is confirmed; tests about other messages in a mentor's personal chat leave it out.
 */
export function withoutMentorKits<M extends { attachments?: Array<{ content?: unknown }> }>(messages: M[]): M[] {
  return messages.filter((m) => !(m.attachments ?? []).some((a) => isMentorKitCard(a.content)));
}
