/**
 * The Good practices page of the personal tab. The tab reads `page=good-practices` and opens
 * that page (see tab/src). A Teams entity deep link would need the Teams app id, which the
 * server's configuration does not hold yet; this address opens the same page in a browser.
 */
export function libraryUrlOf(publicUrl: string): string {
  return `${publicUrl}/tab/index.html?view=personal&page=good-practices`;
}
