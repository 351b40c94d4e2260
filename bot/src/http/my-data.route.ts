import type { Server } from 'restify';
import { registerSignedLinkRoute } from './signed-link-route';
import type { DownloadLinks } from '../services/privacy/download-links';
import type { PrivacyService } from '../services/privacy/privacy-service';

/** `GET /api/my-data?token=…`: a person's data export as a JSON download, for a valid link only. */
export function registerMyDataRoute(server: Server, deps: { links: DownloadLinks; privacy: PrivacyService }): void {
  registerSignedLinkRoute(
    server,
    '/api/my-data',
    (token) => deps.links.subjectOf(token),
    async (subject, res) => {
      const data = await deps.privacy.export(subject);
      res.header('Content-Disposition', 'attachment; filename="tandem-my-data.json"');
      res.send(200, data);
    },
  );
}
