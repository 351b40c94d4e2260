// Entry of the journey tab (index.html), pinned in the pair's group chat.
import { JourneyPage } from './journey/journey-page';
import { startPage } from './shell/start-page';

startPage({
  titleKey: 'journey.pageTitle',
  render: (host, t) => <JourneyPage host={host} t={t} />,
});
