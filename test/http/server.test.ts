import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestTandem, type TestTandem } from '../harness/test-server';

const DEAD_STORAGE =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1';

describe('HTTP surface', () => {
  let server: TestTandem;
  const tabDir = mkdtempSync(path.join(tmpdir(), 'tandem-tab-'));
  writeFileSync(path.join(tabDir, 'index.html'), '<!doctype html><title>Tandem tab</title>');

  beforeAll(async () => {
    server = await startTestTandem({ env: { TAB_DIR: tabDir } });
  });
  afterAll(() => server.stop());

  test('/healthz reports reachable storage', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', storage: 'reachable' });
  });

  test('/healthz answers 503 quickly when storage is unreachable', async () => {
    const broken = await startTestTandem({ env: { AZURE_STORAGE_CONNECTION_STRING: DEAD_STORAGE } });
    try {
      const response = await fetch(`${broken.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', storage: 'unreachable' });
    } finally {
      await broken.stop();
    }
  });

  test('the tab files are served under /tab/', async () => {
    const response = await fetch(`${server.url}/tab/index.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Tandem tab');
    const redirect = await fetch(`${server.url}/tab`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tab/');
  });

  test('unknown tab API routes answer 404 in JSON', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not-found' });
  });

  test('/api/messages refuses a body that is not an activity', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '"just a string"',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
