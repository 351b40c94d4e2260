/**
 * A packaging failure the person running `npm run package` can fix. `problems` lists every
 * issue found (all missing variables, all schema errors), so one run shows everything to fix.
 */
export class PackagingError extends Error {
  override readonly name = 'PackagingError';

  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n  - ${problems.join('\n  - ')}` : message);
  }
}
