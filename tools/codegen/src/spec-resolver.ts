import { createHash } from 'node:crypto';
import type { Source } from '@redocly/openapi-core';
import { redocly } from './redocly.js';
import { formatProblem } from './spec-error.js';
import { aliasExpansionProblem } from './yaml-aliases.js';

/**
 * Reads the files a spec `$ref`s. Generation stays offline and reproducible:
 * a remote `$ref` (`http:`/`https:`) is refused unless the caller allows it
 * (`--allow-remote-refs`), and each file is held to the same alias limit as
 * the root spec. Redocly reports a refused file as an unresolved `$ref`, at
 * the `$ref`, with the reason given here.
 */
/** How a refused remote `$ref` is reported (redocly adds "Can't resolve $ref" before it). */
export const REMOTE_REF_REFUSED =
  'a remote $ref is not fetched: generation reads local files only, so that it is reproducible offline (pnpm generate -- --allow-remote-refs fetches it)';

export class SpecResolver extends redocly.BaseResolver {
  /**
   * Every local file a `$ref` read, by absolute path, with the sha256 of the text read: what
   * generation depends on besides the root file.
   */
  readonly localFiles = new Map<string, string>();
  /** Whether a remote `$ref` was read: then the output depends on the network, too. */
  readRemote = false;

  constructor(
    config: ConstructorParameters<typeof redocly.BaseResolver>[0],
    private readonly allowRemoteRefs: boolean,
  ) {
    super(config);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isRemoteRef(absoluteRef) && !this.allowRemoteRefs) {
      throw new Error(REMOTE_REF_REFUSED);
    }
    const source = await super.loadExternalRef(absoluteRef);
    if (isRemoteRef(absoluteRef)) {
      this.readRemote = true;
    } else {
      this.localFiles.set(absoluteRef, createHash('sha256').update(source.body).digest('hex'));
    }
    const aliases = aliasExpansionProblem(source.body, absoluteRef);
    if (aliases) {
      throw new Error(formatProblem(aliases));
    }
    return source;
  }
}

export const isRemoteRef = (ref: string): boolean => /^https?:\/\//i.test(ref);
