/** Where deep links into Tandem's personal tab point. */
export interface PersonalTabLinks {
  /** The Teams app's id (the manifest's `id`); unset in local runs. */
  teamsAppId?: string;
  publicUrl: string;
}

/** The personal tab's entity id in the manifest (`staticTabs`). */
const MY_PROGRAMME_TAB = 'my-programme';

/**
 * A link that opens a page of the personal tab (`page` is the tab's sub-page id, e.g.
 * `dashboard:<programme>`): a Teams deep link when the app id is known, else the tab's own page,
 * which opens in the browser (local runs, the Agents Playground).
 */
export function personalTabLink(links: PersonalTabLinks, page: string): string {
  if (!links.teamsAppId) return `${links.publicUrl}/tab/index.html?view=personal&page=${encodeURIComponent(page)}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: page }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(links.teamsAppId)}/${MY_PROGRAMME_TAB}?context=${context}`;
}
