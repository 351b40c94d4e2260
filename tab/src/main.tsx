// Entry of index.html: the journey tab pinned in a pair chat (`?view=chat`) and the personal
// tab "My programme" (`?view=personal`), both declared in the app manifest.
import { JourneyPage } from './journey/journey-page';
import { PersonalPage } from './personal/personal-page';
import { startPage } from './shell/start-page';

const personal = new URLSearchParams(window.location.search).get('view') === 'personal';

startPage({
  titleKey: personal ? 'personal.pageTitle' : 'journey.pageTitle',
  render: (host, t) => (personal ? <PersonalPage host={host} t={t} /> : <JourneyPage host={host} t={t} />),
});
