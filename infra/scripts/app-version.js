// Prints the app version for the Agents Toolkit's `script` action, which turns
// `::set-teamsfx-env NAME=value` lines into env variables for the following actions.
// The Teams manifest's ${{APP_VERSION}} then follows package.json, as `npm run package` does.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+$/.test(String(version))) {
  console.error(`package.json version must look like 1.2.3 for Teams, got "${version}"`);
  process.exit(1);
}
console.log(`::set-teamsfx-env APP_VERSION=${version}`);
