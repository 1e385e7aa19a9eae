import type { OperationId } from '@workflows-api/types';

/** One path or query parameter as a command-line flag (`--force-archive`). */
export interface CommandFlag {
  /** The flag without its dashes: the parameter's name in kebab case. */
  readonly flag: string;
  /** The parameter's name in the spec and the client. */
  readonly param: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  /** Its schema in a few words (`integer (int64)`). */
  readonly type: string;
  readonly description: string | null;
}

/** One top-level field of a request body, for the command's help. */
export interface CommandBodyField {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string | null;
  /** The required fields of its own object (or of its items), one level down. */
  readonly requires: readonly string[];
}

/**
 * One operation as `workflows <resource> <command>`, generated from the spec
 * (`src/generated/commands.ts`). What the client needs to call it (group, method name,
 * the job it submits) is read from `@workflows-api/types/operations` by `operationId`.
 */
export interface OperationCommand {
  readonly resource: string;
  readonly command: string;
  readonly operationId: OperationId;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string | null;
  readonly flags: readonly CommandFlag[];
  readonly body: {
    readonly required: boolean;
    readonly type: string;
    readonly fields: readonly CommandBodyField[];
  } | null;
}
