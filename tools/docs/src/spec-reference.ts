import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { listOperations, readSpecDocument } from './spec-operations.js';
import { redocBundleName, renderSpecPage } from './spec-page.js';

const require = createRequire(import.meta.url);

/** Redoc's own build of itself with React and every dependency inside: one file, no CDN. */
function redocBundle(): { bundle: string; license: string } {
  const packageJson = require.resolve('redoc/package.json');
  const bundle = join(dirname(packageJson), 'bundles', redocBundleName);
  return { bundle, license: `${bundle}.LICENSE.txt` };
}

export interface SpecReferenceResult {
  readonly outDir: string;
  readonly index: string;
  readonly operationCount: number;
}

/**
 * Builds the offline HTML reference of the spec into outDir (emptied first):
 * index.html with the document embedded, plus Redoc's standalone bundle and
 * its license notice beside it.
 */
export async function buildSpecReference(options: {
  specPath: string;
  outDir: string;
}): Promise<SpecReferenceResult> {
  const document = await readSpecDocument(options.specPath);
  // Fails on an operation without an operationId before anything is written.
  const operations = listOperations(document, options.specPath);
  const { bundle, license } = redocBundle();
  await rm(options.outDir, { recursive: true, force: true });
  await mkdir(options.outDir, { recursive: true });
  const index = join(options.outDir, 'index.html');
  await writeFile(index, renderSpecPage(document));
  await copyFile(bundle, join(options.outDir, redocBundleName));
  await copyFile(license, join(options.outDir, `${redocBundleName}.LICENSE.txt`));
  return { outDir: options.outDir, index, operationCount: operations.length };
}
