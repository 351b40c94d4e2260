// Entry of config.html, the page Teams opens when the tab is added to a group chat.
import { ConfigPage } from './config/config-page';
import { startPage } from './shell/start-page';

startPage({
  titleKey: 'config.pageTitle',
  render: (host, t) => <ConfigPage host={host} t={t} />,
});
