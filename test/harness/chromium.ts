import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Google put a Chromium or Chrome, tried in this order after `CHROMIUM_PATH`. */
export const USUAL_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
] as const;

/** The one command a person runs when Chromium is missing. */
export const INSTALL_CHROMIUM = 'sudo apt-get install -y chromium';

/** The browser the tab tests drive: `CHROMIUM_PATH` when set, else the first usual path that exists. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return USUAL_CHROMIUM_PATHS.find((file) => exists(file));
}

/**
 * What to do before the browser tests: nothing, install it (root with apt, as `.ci/run` does),
 * or stop and say how. A `CHROMIUM_PATH` that points nowhere is the person's to fix.
 */
export function chromiumStep(machine: {
  found: boolean;
  configured: boolean;
  root: boolean;
  apt: boolean;
}): 'ready' | 'install' | 'stop' {
  if (machine.found) return 'ready';
  return machine.root && machine.apt && !machine.configured ? 'install' : 'stop';
}
