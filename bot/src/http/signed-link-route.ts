import type { Request, Response, Server } from 'restify';

/**
 * A download behind a signed link (`GET path?token=…`): the token is checked first and the
 * handler only runs for a genuine, current one; anything else is 401. Every download link of
 * Tandem (data export, CSVs, calendar files) goes through here, so none can skip the check.
 */
export function registerSignedLinkRoute<T>(
  server: Server,
  path: string,
  verify: (token: string) => Promise<T | undefined>,
  handle: (link: T, res: Response) => Promise<void>,
): void {
  server.get(path, async (req: Request, res: Response) => {
    const token = new URL(req.url ?? '', 'http://x').searchParams.get('token');
    const link = token ? await verify(token) : undefined;
    if (!link) return void res.send(401, { error: 'invalid-or-expired-link' });
    res.header('Cache-Control', 'no-store');
    await handle(link, res);
  });
}
