// Worker-thread entry of the types emitter's openapi-typescript rendering (see
// typesEmitter.prepare): loads openapi-typescript and TypeScript as soon as the thread
// starts, then renders the one document it is sent.

import { serveOneJob } from '../one-shot-worker.js';
import { loadOpenapiTypescript, renderOpenapiTypes } from './openapi-ts.js';

loadOpenapiTypescript();
serveOneJob(renderOpenapiTypes);
