import { excelCsv } from './excel-csv';
import type { Request, Response, Server } from 'restify';
import { translator } from '../i18n';
import { fitReasonText, percent } from '../i18n/fit-reason-text';
import type { MatchingService } from '../services/matching/matching-service';
import type { DownloadLinks } from '../services/privacy/download-links';

/**
 * `GET /api/proposal.csv?token=…`: the whole matching proposal for Excel. The link names the
 * admin; their rights are checked again now, so a link kept after losing them is useless.
 */
export function registerProposalCsvRoute(server: Server, deps: { links: DownloadLinks; matching: MatchingService }): void {
  server.get('/api/proposal.csv', async (req: Request, res: Response) => {
    const token = new URL(req.url ?? '', 'http://x').searchParams.get('token');
    const link = token ? await deps.links.proposalOf(token) : undefined;
    if (!link) return void res.send(401, { error: 'invalid-or-expired-link' });
    const view = await deps.matching.proposal({ ...link.admin, displayName: '', locale: 'en' }, link.programmeId);
    if (!view.ok) return void res.send(view.reason === 'not-admin' ? 403 : 404, { error: view.reason });
    const t = translator('en');
    const name = (id: string) => view.value.people.get(id)?.displayName ?? id;
    const department = (id: string) => view.value.people.get(id)?.department ?? '';
    const rows = view.value.proposal.result.pairs.map((pair) => [
      name(pair.mentor), department(pair.mentor), name(pair.mentee), department(pair.mentee), String(percent(pair.score)),
      pair.reasons.map((reason) => fitReasonText(t, 'en', view.value.programme.topics, reason)).join(' | '),
    ]);
    const unmatched = view.value.proposal.result.unmatched.map((person) => [person.role === 'mentor' ? name(person.id) : '', '', person.role === 'mentee' ? name(person.id) : '', '', '', t(`matching.unmatched.${person.reason}`)]);
    const csv = excelCsv([['mentor', 'mentor department', 'mentee', 'mentee department', 'fit %', 'reasons'], ...rows, ...unmatched]);
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', 'attachment; filename="matching-proposal.csv"');
    res.header('Cache-Control', 'no-store');
    res.sendRaw(200, csv);
  });
}
