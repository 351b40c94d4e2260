import type { Request, Response, Server } from 'restify';
import type { DownloadLinks } from '../services/privacy/download-links';
import type { PrivacyService } from '../services/privacy/privacy-service';

/** `GET /api/my-data?token=…`: a person's data export as a JSON download, for a valid link only. */
export function registerMyDataRoute(server: Server, deps: { links: DownloadLinks; privacy: PrivacyService }): void {
  server.get('/api/my-data', async (req: Request, res: Response) => {
    const token = typeof req.query?.token === 'string' ? req.query.token : new URL(req.url ?? '', 'http://x').searchParams.get('token');
    const subject = token ? await deps.links.subjectOf(token) : undefined;
    if (!subject) {
      res.send(401, { error: 'invalid-or-expired-link' });
      return;
    }
    const data = await deps.privacy.export(subject);
    res.header('Content-Disposition', 'attachment; filename="tandem-my-data.json"');
    res.header('Cache-Control', 'no-store');
    res.send(200, data);
  });
}
