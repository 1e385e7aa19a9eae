// Type tests: checked by the package's `typecheck` (and by `vitest --typecheck`). Each
// `@ts-expect-error` is a handler answering off-spec; if it ever compiles, the directive
// itself is an error, so the guard cannot rot silently.
import type { CampaignVersionWorkflow, OperationId } from '@workflows-api/types';
import { describe, expectTypeOf, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import type {
  OperationHandler,
  OperationHandlers,
  SuccessReply,
} from '../src/handlers/operation-handler.js';

const version: CampaignVersionWorkflow = { Id: 'cmp1', version: '1', budgetingVersion: '1' };

describe('a sandbox handler', () => {
  it('answers with the body its operation documents for the status', () => {
    const good: OperationHandler<'getCampaignVersion'> = () => ({ status: 200, body: version });
    expectTypeOf(good).toExtend<OperationHandlers['getCampaignVersion']>();

    const wrongShape: OperationHandler<'getCampaignVersion'> = () => ({
      status: 200,
      // @ts-expect-error the spec's field is `Id`: `id` is no CampaignVersionWorkflow field
      body: { id: 'cmp1', version: '1', budgetingVersion: '1' },
    });
    const wrongType: OperationHandler<'getCampaignVersion'> = () => ({
      status: 200,
      // @ts-expect-error `version` is a string in the spec
      body: { Id: 'cmp1', version: 1 },
    });
    const wrongStatus: OperationHandler<'getCampaignVersion'> = () => ({
      // @ts-expect-error the spec documents no 201 for getCampaignVersion
      status: 201,
      body: version,
    });
    const errorReturned: OperationHandler<'getCampaignVersion'> = () => ({
      // @ts-expect-error errors are thrown as a ProblemException, not returned
      status: 404,
      body: version,
    });
    void [wrongShape, wrongType, wrongStatus, errorReturned];
  });

  it('pairs each status with its own body: createAdGroup answers 201 with the ad group, 200 bare', () => {
    expectTypeOf<{ status: 200 }>().toExtend<SuccessReply<'createAdGroup'>>();
    // @ts-expect-error the 201 carries the created ad group
    const bare201: OperationHandler<'createAdGroup'> = () => ({ status: 201 });
    // @ts-expect-error the validate-only 200 is bodiless in the spec
    const body200: OperationHandler<'createAdGroup'> = () => ({ status: 200, body: version });
    void [bare201, body200];
  });

  it('gets the body and the parameters its operation declares', () => {
    const readsBody: OperationHandler<'createCampaign'> = ({ body }) => {
      expectTypeOf(body.primaryInput.name).toEqualTypeOf<string>();
      // @ts-expect-error a campaign create has no `campaignId`
      void body.campaignId;
      throw new Error('type test only');
    };
    const readsParams: OperationHandler<'getCampaignVersion'> = (input) => {
      input.param('id');
      // @ts-expect-error getCampaignVersion declares no query parameter
      input.query('forceArchive');
      throw new Error('type test only');
    };
    void [readsBody, readsParams];
  });

  it('is one per operation: the table has exactly the spec operations', () => {
    expectTypeOf(handlers).toEqualTypeOf<OperationHandlers>();
    expectTypeOf<keyof OperationHandlers>().toEqualTypeOf<OperationId>();
    const { createCampaign: _dropped, ...rest } = handlers;
    // @ts-expect-error a table without createCampaign is no OperationHandlers
    const missing: OperationHandlers = rest;
    void missing;
  });
});
