import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specPath, specReferenceDir } from '../src/paths.js';
import { listOperations, readSpecDocument, type SpecOperation } from '../src/spec-operations.js';
import { buildSpecReference } from '../src/spec-reference.js';
import { launchBundledChromium } from './bundled-chromium.js';
import { type StaticServer, serveDirectory } from './static-server.js';

describe('the spec reference in headless Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let operations: SpecOperation[];

  beforeAll(async () => {
    operations = listOperations(await readSpecDocument(specPath), specPath);
    await buildSpecReference({ specPath, outDir: specReferenceDir });
    server = await serveDirectory(specReferenceDir);
    browser = await launchBundledChromium();
    // The first run unpacks the browser (about 220 MB): allow for a busy machine.
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every operation of the spec, loads nothing from outside, and is screenshotted', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const requested: string[] = [];
    const leftLoopback: string[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Every request the page makes passes here before reaching the network;
    // anything not for the local server is recorded and never sent.
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (
        url.startsWith(`${server.origin}/`) ||
        url.startsWith('data:') ||
        url.startsWith('blob:')
      ) {
        await route.continue();
      } else {
        leftLoopback.push(url);
        await route.abort('blockedbyclient');
      }
    });

    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-redoc]');
    const outcome = await page.getAttribute('html', 'data-redoc');
    const renderError = await page.getAttribute('html', 'data-redoc-error');
    expect({ outcome, renderError, pageErrors }).toEqual({
      outcome: 'ready',
      renderError: null,
      pageErrors: [],
    });

    // biome-ignore lint/performance/useDomNodeTextContent: only text a reader can see counts as listed
    const text = await page.evaluate(() => document.body.innerText);
    const sectionIds = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[id]'), (element) => element.id),
    );
    const missing = operations.filter(
      (operation) =>
        !text.includes(operation.summary ?? operation.operationId) ||
        !sectionIds.some((id) => id.endsWith(`operation/${operation.operationId}`)),
    );
    expect(
      missing.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`),
    ).toEqual([]);

    expect(requested).toContain(`${server.origin}/redoc.standalone.js`);
    expect(leftLoopback).toEqual([]);

    await page.screenshot({ path: join(specReferenceDir, 'screenshot.png') });
    await page.close();
  });
});
