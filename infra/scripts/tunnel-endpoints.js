// Local debugging: derives the tab endpoint and bot domain from BOT_ENDPOINT (the dev tunnel
// URL that forwards to port 3978), printed in the Agents Toolkit's `::set-teamsfx-env` format.
// One server serves both the bot and the tab, so both use the tunnel's host.
const raw = process.env.BOT_ENDPOINT ?? '';
let url;
try {
  url = new URL(raw);
} catch {
  console.error(`BOT_ENDPOINT must be the https:// URL of your dev tunnel, got "${raw}"`);
  process.exit(1);
}
if (url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
  console.error(
    `BOT_ENDPOINT must be a bare https:// origin such as https://abc123-3978.euw.devtunnels.ms, got "${raw}"`,
  );
  process.exit(1);
}
console.log(`::set-teamsfx-env TAB_ENDPOINT=${url.origin}`);
console.log(`::set-teamsfx-env BOT_DOMAIN=${url.host}`);
