/**
 * The Teams user id (`29:…`) a stored personal-chat reference names: what `refresh.userIds`
 * lists (an AAD object id would match nobody). Undefined when the reference names no user.
 */
export function teamsUserIdOf(reference: Record<string, unknown> | undefined): string | undefined {
  const id = (reference as { user?: { id?: unknown } } | undefined)?.user?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The ids a card's `refresh.userIds` lists: the one given, or none. */
export function refreshFor(teamsUserId: string | undefined): string[] {
  return teamsUserId ? [teamsUserId] : [];
}
