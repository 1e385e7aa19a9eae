import { beforeAll, describe, expect, it } from 'vitest';
import { commandWord, emitCommands } from '../src/emitters/cli.js';
import { loadSpec } from '../src/load-spec.js';
import { buildModel, type SpecModel } from '../src/model.js';
import { specFile } from './helpers.js';

/** The CLI emitter: one `workflows <resource> <command>` per operation, from the model. */
describe('cli emitter', () => {
  let model: SpecModel;
  beforeAll(async () => {
    model = buildModel(await loadSpec(specFile), 'spec/openapi.yaml');
  });
  const withOperation = (id: string, change: Partial<SpecModel['operations'][number]>) => ({
    ...model,
    operations: model.operations.map((op) => (op.operationId === id ? { ...op, ...change } : op)),
  });

  it('writes client names as command words', () => {
    expect(commandWord('adGroups')).toBe('ad-groups');
    expect(commandWord('bulkCreate')).toBe('bulk-create');
    expect(commandWord('graphQlBulkJobs')).toBe('graphql-bulk-jobs');
    expect(commandWord('graphQl')).toBe('graphql');
    expect(commandWord('forceArchive')).toBe('force-archive');
    expect(commandWord('postGraphQLRequest')).toBe('post-graphql-request');
  });

  it('emits one command per operation, with its flags and body fields', () => {
    const out = emitCommands(model);
    expect(out.match(/"operationId": /g)).toHaveLength(model.operations.length);
    expect(out).toContain('"resource": "ad-groups",\n    "command": "bulk-create"');
    expect(out).toContain('"flag": "force-archive"');
    expect(out).toMatch(
      /"name": "primaryInput",\n\s+"type": "CampaignCreateWorkflowPrimaryInput",\n\s+"required": true/,
    );
  });

  it('is the same bytes for the same model', () => {
    expect(emitCommands(model)).toBe(emitCommands(model));
  });

  it('refuses a group that would take a hand-written command', () => {
    expect(() => emitCommands(withOperation('createCampaign', { group: 'job' }))).toThrow(
      'cli emitter: operation createCampaign (POST /campaign): group "job" would take the hand-written command "workflows job"',
    );
  });

  it('refuses two operations that become one command', () => {
    expect(() =>
      emitCommands(withOperation('updateCampaign', { group: 'campaigns', name: 'create' })),
    ).toThrow(
      /operations (createCampaign and updateCampaign|updateCampaign and createCampaign) both become "workflows campaigns create"/,
    );
  });

  it('refuses a parameter that would take a common option', () => {
    const op = model.operations.find((o) => o.operationId === 'archiveAdGroups');
    const parameters = (op?.parameters ?? []).map((p) => ({ ...p, name: 'dryRun' }));
    expect(() => emitCommands(withOperation('archiveAdGroups', { parameters }))).toThrow(
      'parameter "dryRun" would take the common option --dry-run',
    );
  });
});
