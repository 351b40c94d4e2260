import type { Server } from 'restify';
import { sendCsv } from './excel-csv';
import { registerSignedLinkRoute } from './signed-link-route';
import { translator } from '../i18n';
import { fitReasonText, percent } from '../i18n/fit-reason-text';
import type { MatchingService } from '../services/matching/matching-service';
import type { DownloadLinks } from '../services/privacy/download-links';

/**
 * `GET /api/proposal.csv?token=…`: the whole matching proposal for Excel. The link names the
 * admin; their rights are checked again now, so a link kept after losing them is useless.
 */
export function registerProposalCsvRoute(
  server: Server,
  deps: { links: DownloadLinks; matching: MatchingService },
): void {
  registerSignedLinkRoute(
    server,
    '/api/proposal.csv',
    (token) => deps.links.proposalOf(token),
    async (link, res) => {
      const view = await deps.matching.proposal({ ...link.admin, displayName: '', locale: 'en' }, link.programmeId);
      if (!view.ok) return void res.send(view.reason === 'not-admin' ? 403 : 404, { error: view.reason });
      const t = translator('en');
      const name = (id: string) => view.value.people.get(id)?.displayName ?? id;
      const department = (id: string) => view.value.people.get(id)?.department ?? '';
      const rows = view.value.proposal.result.pairs.map((pair) => [
        name(pair.mentor),
        department(pair.mentor),
        name(pair.mentee),
        department(pair.mentee),
        String(percent(pair.score)),
        pair.reasons.map((reason) => fitReasonText(t, 'en', view.value.programme.topics, reason)).join(' | '),
      ]);
      const unmatched = view.value.proposal.result.unmatched.map((person) => [
        person.role === 'mentor' ? name(person.id) : '',
        '',
        person.role === 'mentee' ? name(person.id) : '',
        '',
        '',
        t(`matching.unmatched.${person.reason}`),
      ]);
      sendCsv(res, 'matching-proposal.csv', [
        ['mentor', 'mentor department', 'mentee', 'mentee department', 'fit %', 'reasons'],
        ...rows,
        ...unmatched,
      ]);
    },
  );
}
