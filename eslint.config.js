// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

/** Packages the pure core must never import: frameworks, SDKs, servers and I/O. */
const FRAMEWORKS_AND_IO = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@microsoft/*',
  '@azure/*',
  'restify',
  'restify-*',
  'adaptivecards*',
  'pino',
  'pino-*',
  'i18next',
  'cockatiel',
  'rate-limiter-flexible',
  'azurite',
  'azurite/*',
  'fs',
  'fs/*',
  'node:*',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
];

/** Adapter folders: the domain and services may not reach into them (dependencies point inward). */
const ADAPTER_FOLDERS = [
  '**/teams',
  '**/teams/**',
  '**/storage/**',
  '**/http/**',
  '**/jobs/**',
  '**/cli/**',
  '**/compose',
  '**/compose/**',
  '**/index',
  '**/config',
  '**/logger',
];
/** Everything in bot/src that is not the domain. */
const OUTSIDE_DOMAIN = ADAPTER_FOLDERS.concat(['**/services/**', '**/i18n', '**/i18n/**']);

const STORAGE_ONLY = {
  group: ['@azure/data-tables', '@azure/storage-queue', '**/storage/**'],
  message: 'Only bot/src/storage talks to Azure Storage; go through a port.',
};
/** Jobs drive the Teams layer through ports in services/; the Teams layer never reaches back into jobs. */
const NOT_JOBS = {
  group: ['**/jobs', '**/jobs/**'],
  message: 'bot/src/teams implements ports defined in services/ (*-ports.ts); it never imports bot/src/jobs.',
};
const BOT_FRAMEWORK_ONLY = {
  group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '**/teams/**'],
  message: 'Only bot/src/teams talks to the Bot Framework.',
};

/** One rule entry per folder: flat config replaces (not merges) a rule's options, so folders must not overlap. */
function restrictImports(files, patterns) {
  return { files: Array.isArray(files) ? files : [files], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'coverage/**', '.data/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Files and functions stay small (STYLE.md): a file is one concept, a function one step.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // A test file is a conversation, and a describe block holds the whole of it.
    files: ['test/**/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  restrictImports('bot/src/domain/**/*.ts', [
    {
      group: FRAMEWORKS_AND_IO,
      message:
        'The domain is pure: no frameworks, SDKs or I/O. Put this in an adapter (teams/, storage/, http/, jobs/).',
    },
    { group: OUTSIDE_DOMAIN, message: 'The domain depends on nothing outside bot/src/domain.' },
  ]),
  {
    files: ['bot/src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The domain reads no environment: configuration comes in as arguments.' },
        { name: 'fetch', message: 'The domain does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in through a Clock.' },
      ],
    },
  },
  restrictImports('bot/src/services/**/*.ts', [
    { group: FRAMEWORKS_AND_IO, message: 'Services talk to ports (interfaces), not to SDKs: put this in an adapter.' },
    {
      group: ADAPTER_FOLDERS,
      message: 'Services may not import adapters; define a port in services/ and implement it there.',
    },
  ]),
  restrictImports('bot/src/teams/**/*.ts', [STORAGE_ONLY, NOT_JOBS]),
  restrictImports('bot/src/storage/**/*.ts', [BOT_FRAMEWORK_ONLY]),
  restrictImports(['bot/src/http/**/*.ts', 'bot/src/jobs/**/*.ts'], [STORAGE_ONLY, BOT_FRAMEWORK_ONLY]),
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts', 'bot/dev/**/*.ts', 'bot/src/cli/**/*.ts', 'manifest/**/*.ts', 'tab/build.ts', '**/*.js'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
