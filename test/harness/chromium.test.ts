import { chromiumStep, findChromium, USUAL_CHROMIUM_PATHS } from './chromium';

describe('finding Chromium for the tab tests', () => {
  const only =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  test('CHROMIUM_PATH wins when it exists, and is not silently replaced when it does not', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome',
    );
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/usr/bin/chromium'))).toBeUndefined();
  });

  test('without CHROMIUM_PATH the usual install paths are tried in order', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({}, only(USUAL_CHROMIUM_PATHS[4]))).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, only())).toBeUndefined();
  });

  test.each([
    [{ found: true, configured: false, root: false, apt: false }, 'ready'],
    [{ found: false, configured: false, root: true, apt: true }, 'install'],
    [{ found: false, configured: true, root: true, apt: true }, 'stop'],
    [{ found: false, configured: false, root: true, apt: false }, 'stop'],
    [{ found: false, configured: false, root: false, apt: true }, 'stop'],
  ] as const)('%o → %s', (machine, step) => {
    expect(chromiumStep(machine)).toBe(step);
  });
});
