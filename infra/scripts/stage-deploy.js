// Assembles what App Service runs, after `npm run build`:
//
//   build/deploy/
//     build/server/...   compiled server (started as `node build/server/bot/src/index.js`)
//     build/tab/...      built tab files (served under /tab/)
//     package.json, package-lock.json
//     node_modules/      production dependencies only
//
// Usage: node infra/scripts/stage-deploy.js [--zip build/tandem-app.zip]
// The Agents Toolkit zips build/deploy itself; the Azure CLI route needs the --zip file.
const { cpSync, existsSync, mkdirSync, rmSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { execSync } = require('node:child_process');

const root = resolve(__dirname, '..', '..');
const stage = join(root, 'build', 'deploy');

function fail(message) {
  console.error(`stage-deploy: ${message}`);
  process.exit(1);
}

for (const required of ['build/server/bot/src/index.js', 'build/tab']) {
  if (!existsSync(join(root, required))) fail(`${required} is missing; run "npm run build" first.`);
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(join(root, 'build', 'server'), join(stage, 'build', 'server'), { recursive: true });
cpSync(join(root, 'build', 'tab'), join(stage, 'build', 'tab'), { recursive: true });
for (const file of ['package.json', 'package-lock.json']) cpSync(join(root, file), join(stage, file));

// Install scripts stay off: the production tree needs none, and some (botbuilder-dialogs) call
// dev-only tools that are not installed here.
execSync('npm ci --omit=dev --ignore-scripts --no-audit --no-fund', { cwd: stage, stdio: 'inherit' });

const zipIndex = process.argv.indexOf('--zip');
if (zipIndex > 0) {
  const zipPath = resolve(root, process.argv[zipIndex + 1] ?? fail('--zip needs a file name'));
  const AdmZip = require('adm-zip');
  const zip = new AdmZip();
  zip.addLocalFolder(stage);
  mkdirSync(dirname(zipPath), { recursive: true });
  zip.writeZip(zipPath);
  console.log(zipPath);
} else {
  console.log(stage);
}
