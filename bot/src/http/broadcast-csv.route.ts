import type { Server } from 'restify';
import { sendCsv } from './excel-csv';
import { registerSignedLinkRoute } from './signed-link-route';
import { translator } from '../i18n';
import type { BroadcastService } from '../services/broadcasts/broadcast-service';
import type { DownloadLinks } from '../services/privacy/download-links';

/**
 * `GET /api/broadcast.csv?token=…`: every recipient of a broadcast with their delivery status
 * and reason, for HR to follow up. The link names the admin; their rights are checked again now.
 */
export function registerBroadcastCsvRoute(
  server: Server,
  deps: { links: DownloadLinks; broadcasts: BroadcastService },
): void {
  registerSignedLinkRoute(
    server,
    '/api/broadcast.csv',
    (token) => deps.links.broadcastOf(token),
    async (link, res) => {
      const found = await deps.broadcasts.deliveries(
        { ...link.admin, displayName: '', locale: 'en' },
        link.broadcastId,
      );
      if (!found.ok) return void res.send(found.reason === 'not-admin' ? 403 : 404, { error: found.reason });
      const t = translator('en');
      const rows = found.value.recipients.map((r) => [
        r.displayName,
        r.kind,
        r.kind === 'person' ? r.target : '',
        r.language,
        r.status,
        r.reason ?? '',
        r.reason ? t(`news.reasons.${r.reason}`) : '',
        r.httpStatus === undefined ? '' : String(r.httpStatus),
        String(r.attempts),
        r.updatedAt,
      ]);
      const header = [
        'recipient',
        'kind',
        'aad object id',
        'language',
        'status',
        'reason code',
        'reason',
        'http status',
        'attempts',
        'updated at',
      ];
      sendCsv(res, `news-${link.broadcastId.slice(0, 8)}.csv`, [header, ...rows]);
    },
  );
}
