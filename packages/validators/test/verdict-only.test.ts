import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CompiledValidator } from '../src/compiled-validator.js';
import { schemaValidators } from '../src/generated/validators.js';
import { assertAdGroupBulkCreateWorkflowInputWithValidation, validate } from '../src/index.js';

/**
 * A compiled validator called with `false` (the guards, and the first pass of `validate`)
 * builds no instance path: its verdict must be the one the full call gives, on every
 * fixture of the conformance suite, valid and invalid, and on values of the wrong shape.
 */
const fixturesDir = fileURLToPath(new URL('../../../tools/conformance/fixtures', import.meta.url));
type Fixture = { tests: { description: string; data: unknown; valid: boolean }[] };

const validators = schemaValidators as Record<string, CompiledValidator>;
const strangers: unknown[] = [null, {}, [], '', 0, 1.5, true, { a: [{}] }, [[], null]];

describe('the verdict without paths', () => {
  const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json'));

  it('is the full verdict on every fixture and on values of the wrong shape', () => {
    let compared = 0;
    let invalid = 0;
    for (const file of files) {
      const name = path.basename(file, '.json');
      const validator = validators[name];
      if (!validator) {
        continue;
      }
      const groups = JSON.parse(readFileSync(path.join(fixturesDir, file), 'utf8')) as Fixture[];
      const cases = [...groups.flatMap((g) => g.tests.map((t) => t.data)), ...strangers];
      for (const data of cases) {
        const full = validator(data);
        expect(validator(data, false), `${name}: ${JSON.stringify(data).slice(0, 80)}`).toBe(full);
        compared++;
        invalid += full ? 0 : 1;
      }
    }
    // The fixtures cover every schema, with invalid cases among them.
    expect(compared).toBeGreaterThan(500);
    expect(invalid).toBeGreaterThan(200);
  });

  it('leaves the paths to the full pass: errors still point at the offending value', () => {
    const bulk = {
      input: [
        {
          campaignId: 'c-1',
          primaryInput: {
            name: 'ok',
            channel: 'Display',
            funnelLocation: 'Awareness',
            budget: { allocationType: 'Sideways', budgetInAdvertiserCurrency: 1 },
          },
        },
      ],
    };
    const result = validate('AdGroupBulkCreateWorkflowInputWithValidation', bulk);
    expect(result.valid).toBe(false);
    expect(result.valid ? [] : result.errors.map((e) => e.path)).toContain(
      '/input/0/primaryInput/budget/allocationType',
    );
    expect(() => assertAdGroupBulkCreateWorkflowInputWithValidation(bulk)).toThrow(
      /\/input\/0\/primaryInput\/budget\/allocationType/,
    );
  });
});
