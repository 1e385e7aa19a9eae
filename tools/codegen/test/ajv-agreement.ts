import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { compileStandalone, standaloneAjvOptions } from '../src/emitters/validators/compile.js';
import type { JsonSchema } from '../src/emitters/validators/normalise.js';
import { importModuleCode } from './helpers.js';

type Validator = ((data: unknown, instancePath?: string | false) => boolean) & {
  errors?: unknown;
};

/**
 * Expects the generated module of `schemas` to agree with AJV compiling the same schemas, as
 * written, at run time with the generator's options: the same verdict for every sample, with
 * and without instance paths, and the same errors.
 */
export async function expectAgreementWithAjv(
  schemas: JsonSchema[],
  samples: readonly unknown[],
): Promise<void> {
  const ids = schemas.map((s) => String(s.$id));
  const module = await importModuleCode<Record<string, Validator>>(
    await compileStandalone({ schemas, exports: Object.fromEntries(ids.map((id) => [id, id])) }),
  );
  const ajv = new Ajv({ ...standaloneAjvOptions(), code: {} });
  for (const schema of schemas) {
    ajv.addSchema(schema);
  }
  for (const id of ids) {
    const ours = module[id] as Validator;
    const theirs = ajv.getSchema(id) as Validator;
    for (const value of samples) {
      const label = `${id} ${String(value)} ${JSON.stringify(value)}`;
      const verdict = theirs(value);
      expect(ours(value, false), label).toBe(verdict);
      expect(ours(value), label).toBe(verdict);
      expect(ours.errors ?? null, label).toEqual(theirs.errors ?? null);
    }
  }
}
