import { excelCsv } from './excel-csv';
import type { Request, Response, Server } from 'restify';
import { translator } from '../i18n';
import type { BroadcastService } from '../services/broadcasts/broadcast-service';
import type { DownloadLinks } from '../services/privacy/download-links';

/**
 * `GET /api/broadcast.csv?token=…`: every recipient of a broadcast with their delivery status
 * and reason, for HR to follow up. The link names the admin; their rights are checked again now.
 */
export function registerBroadcastCsvRoute(server: Server, deps: { links: DownloadLinks; broadcasts: BroadcastService }): void {
  server.get('/api/broadcast.csv', async (req: Request, res: Response) => {
    const token = new URL(req.url ?? '', 'http://x').searchParams.get('token');
    const link = token ? await deps.links.broadcastOf(token) : undefined;
    if (!link) return void res.send(401, { error: 'invalid-or-expired-link' });
    const found = await deps.broadcasts.deliveries({ ...link.admin, displayName: '', locale: 'en' }, link.broadcastId);
    if (!found.ok) return void res.send(found.reason === 'not-admin' ? 403 : 404, { error: found.reason });
    const t = translator('en');
    const rows = found.value.recipients.map((r) => [
      r.displayName, r.kind, r.kind === 'person' ? r.target : '', r.language, r.status, r.reason ?? '', r.reason ? t(`news.reasons.${r.reason}`) : '', r.httpStatus === undefined ? '' : String(r.httpStatus), String(r.attempts), r.updatedAt,
    ]);
    const header = ['recipient', 'kind', 'aad object id', 'language', 'status', 'reason code', 'reason', 'http status', 'attempts', 'updated at'];
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="news-${link.broadcastId.slice(0, 8)}.csv"`);
    res.header('Cache-Control', 'no-store');
    res.sendRaw(200, excelCsv([header, ...rows]));
  });
}
