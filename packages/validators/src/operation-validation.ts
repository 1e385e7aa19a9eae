/** How one operation's bodies are validated; the table is generated from the spec. */
export interface OperationValidation {
  readonly method: string;
  readonly path: string;
  /** `null` when the operation takes no request body. */
  readonly request: { readonly required: boolean; readonly validator: string } | null;
  /** Documented status (`200`, `5XX`, `default`) → validator name, `null` for a status without a body. */
  readonly responses: { readonly [status: string]: string | null };
}
