import type { Language, Translate } from '../i18n/i18n';
import type { ProgrammeDashboard } from '../api/contract';
import { formatDay } from '../journey/format';
import { FigureBars } from './figure-bars';
import { FigureBlock } from './view-section';

/** News: the latest broadcasts and how many of their recipients they reached. */
export function NewsView({
  dashboard,
  t,
  language,
}: {
  dashboard: ProgrammeDashboard;
  t: Translate;
  language: Language;
}) {
  const { news } = dashboard;
  return (
    <FigureBlock title={t('dashboard.news')} summary={t('dashboard.news.summary', { count: news.length })}>
      {news.length > 0 && (
        <FigureBars
          label={t('dashboard.news')}
          headers={[t('dashboard.newsItem'), t('dashboard.delivered')]}
          rows={news.map((item) => ({
            label: `${item.titles[language] ?? Object.values(item.titles)[0] ?? ''} (${formatDay(item.sentAt, language)})`,
            value: t('dashboard.deliveredOf', { sent: item.counts.sent, total: item.counts.total }),
            bar: item.counts.sent,
          }))}
        />
      )}
    </FigureBlock>
  );
}
