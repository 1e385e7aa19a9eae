import { createHash } from 'node:crypto';
import type { OpenApiDocument } from './spec-operations.js';

/** File name of Redoc's standalone bundle, served next to index.html. */
export const redocBundleName = 'redoc.standalone.js';

// Redoc's defaults name web fonts (Montserrat, Roboto) that would have to be
// fetched; the page loads nothing from outside, so it uses the system's fonts.
const redocOptions = {
  expandResponses: '200,201',
  jsonSampleExpandLevel: 3,
  hideHostname: false,
  theme: {
    typography: {
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      headings: {
        fontFamily:
          'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      },
      code: {
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      },
    },
  },
};

// The page reports the outcome of rendering on <html data-redoc>, so a test
// (or a person in devtools) can tell a finished render from a failed one.
const initScript = `(function () {
  var spec = JSON.parse(document.getElementById('openapi-document').textContent);
  var root = document.documentElement;
  Redoc.init(spec, ${JSON.stringify(redocOptions)}, document.getElementById('redoc'), function (error) {
    root.setAttribute('data-redoc', error ? 'failed' : 'ready');
    if (error) {
      root.setAttribute('data-redoc-error', String(error && error.message || error));
      console.error(error);
    }
  });
})();`;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Inside a <script> element only "</script" (and "<!--") can end the data
 * early; escaping every "<" keeps the JSON intact and still parses to the
 * same value, since "<" can only occur inside JSON strings.
 */
const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The policy is the offline guarantee: whatever Redoc or a description in
 * the spec asks for (Redoc's footer logo, a remote image in Markdown), the
 * browser only loads the page's own files and data: or blob: URLs.
 * styled-components injects <style> elements, hence 'unsafe-inline' styles;
 * the one inline script is allowed by its hash.
 */
const contentSecurityPolicy = (inlineScript: string): string => {
  const scriptHash = createHash('sha256').update(inlineScript, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    `script-src 'self' 'sha256-${scriptHash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
};

/** The whole index.html of the spec reference: same document in, same bytes out. */
export function renderSpecPage(document: OpenApiDocument): string {
  const info = (document.info ?? {}) as { title?: unknown; version?: unknown };
  const title = `${typeof info.title === 'string' ? info.title : 'API'} ${
    typeof info.version === 'string' ? info.version : ''
  }`.trim();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(initScript))}">
<title>${escapeHtml(title)} reference</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<div id="redoc"></div>
<script type="application/json" id="openapi-document">${embedJson(document)}</script>
<script src="${redocBundleName}"></script>
<script>${initScript}</script>
</body>
</html>
`;
}
