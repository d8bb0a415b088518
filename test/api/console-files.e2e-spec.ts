import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { consoleFiles } from '../../apps/api/src/console/console-files.middleware';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';

// `npm test` builds before the e2e tests, so dist/console holds the built console.
const ASSETS = readdirSync('dist/console/assets');
const SCRIPT = ASSETS.find((name) => name.endsWith('.js'))!;

describe('the console, served by the API', () => {
  let harness: ApiHarness;

  beforeAll(async () => {
    harness = await startApiHarness();
  });
  afterAll(() => harness?.close());

  it('answers /console with its page, never cached, under a strict CSP', async () => {
    const response = await request(harness.server).get('/console');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.text).toContain('<div id="root"></div>');
  });

  it('answers every page of the console with the same document, for its router', async () => {
    const response = await request(harness.server).get('/console/incidents/anything');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<div id="root"></div>');
  });

  it('caches hashed assets for a year and answers unknown ones 404', async () => {
    const asset = await request(harness.server).get(`/console/assets/${SCRIPT}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(harness.server).get('/console/assets/missing-0000.js');
    expect(missing.status).toBe(404);
  });

  it('ships no source maps: none is built, no script names one, and asking for one is a 404', async () => {
    expect(ASSETS.filter((name) => name.endsWith('.map'))).toEqual([]);
    const scripts = ASSETS.filter((name) => name.endsWith('.js'));
    const naming = scripts.filter((name) =>
      readFileSync(`dist/console/assets/${name}`, 'utf8').includes('sourceMappingURL'),
    );
    expect(naming).toEqual([]);
    const map = await request(harness.server).get(`/console/assets/${SCRIPT}.map`);
    expect(map.status).toBe(404);
  });

  it('leads the bare origin to the console', async () => {
    const response = await request(harness.server).get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/console');
  });
});

describe('the console files of a build that wrote source maps', () => {
  const directory = mkdtempSync(join(tmpdir(), 'console-files-'));
  const app = express().use('/console', consoleFiles(directory));

  beforeAll(() => {
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(directory, 'assets', 'app-1234.js'), 'export {};');
    writeFileSync(join(directory, 'assets', 'app-1234.js.map'), '{"sources":["app.tsx"]}');
  });
  afterAll(() => rmSync(directory, { recursive: true }));

  it('serves the script but never its map, nor a page in its place', async () => {
    await request(app).get('/console/assets/app-1234.js').expect(200);
    const map = await request(app).get('/console/assets/app-1234.js.map');
    expect(map.status).toBe(404);
    expect(map.text).not.toContain('sources');
    expect(map.text).not.toContain('id="root"');
  });
});
