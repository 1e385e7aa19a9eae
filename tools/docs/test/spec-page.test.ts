import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { specPath } from '../src/paths.js';
import { type OpenApiDocument, readSpecDocument } from '../src/spec-operations.js';
import { redocBundleName, renderSpecPage } from '../src/spec-page.js';

const tinyDocument = (description: string): OpenApiDocument => ({
  openapi: '3.0.3',
  info: { title: 'Tiny <API>', version: '2.0.0', description },
  paths: {},
});

/** The text of the first <script> element whose opening tag matches `opening`. */
function scriptText(html: string, opening: RegExp): string {
  const start = html.search(opening);
  expect(start, `no script tag matching ${opening}`).toBeGreaterThanOrEqual(0);
  const bodyStart = html.indexOf('>', start) + 1;
  return html.slice(bodyStart, html.indexOf('</script>', bodyStart));
}

describe('renderSpecPage', () => {
  it('embeds the whole spec, which parses back to the same document', async () => {
    const document = await readSpecDocument(specPath);
    const html = renderSpecPage(document);
    const embedded = scriptText(html, /<script type="application\/json" id="openapi-document">/);
    expect(JSON.parse(embedded)).toEqual(document);
  });

  it('is deterministic: the same document gives the same bytes', async () => {
    const [first, second] = await Promise.all([
      readSpecDocument(specPath),
      readSpecDocument(specPath),
    ]);
    expect(renderSpecPage(first as OpenApiDocument)).toBe(
      renderSpecPage(second as OpenApiDocument),
    );
  });

  it('keeps markup in descriptions inside the embedded JSON', () => {
    const hostile = 'ends </script><script>window.pwned = 1</script> and <!-- a comment';
    const html = renderSpecPage(tinyDocument(hostile));
    expect(html).not.toContain('</script><script>window.pwned');
    expect(html).not.toContain('<!-- a comment');
    const embedded = scriptText(html, /<script type="application\/json" id="openapi-document">/);
    expect((JSON.parse(embedded) as { info: { description: string } }).info.description).toBe(
      hostile,
    );
    expect(html).toContain('<title>Tiny &lt;API&gt; 2.0.0 reference</title>');
  });

  it('allows exactly its own inline script and nothing from other origins', () => {
    const html = renderSpecPage(tinyDocument('plain'));
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '').split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    const inline = scriptText(html, /<script>/);
    const hash = createHash('sha256').update(inline, 'utf8').digest('base64');
    expect(directives.get('script-src')).toEqual(["'self'", `'sha256-${hash}'`]);
    for (const [name, sources] of directives) {
      const remote = sources.filter((source) =>
        /^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(source),
      );
      expect(remote, `${name} allows another origin`).toEqual([]);
    }
    // The page references its bundle by a relative URL, so it works from any host or file://.
    expect(html).toContain(`<script src="${redocBundleName}"></script>`);
    expect(html.match(/\s(?:src|href)="[^"]*"/g)).toEqual([` src="${redocBundleName}"`]);
  });
});
