/** How one operation's bodies and parameters are validated; the table is generated from the spec. */
export interface OperationValidation {
  readonly method: string;
  readonly path: string;
  /** `null` when the operation takes no request body. */
  readonly request: { readonly required: boolean; readonly validator: string } | null;
  /** Documented status (`200`, `5XX`, `default`) → validator name, `null` for a status without a body. */
  readonly responses: { readonly [status: string]: string | null };
  /** `null` for a location where the operation declares no parameter. */
  readonly parameters: {
    readonly path: ParameterValidation | null;
    readonly query: ParameterValidation | null;
  };
}

/** The parameters of one location (path or query) of an operation. */
export interface ParameterValidation {
  /** Validator of the object of all of them, by parameter name. */
  readonly validator: string;
  /**
   * Parameter name → the type its string is read as before validation: `integer`,
   * `number`, `boolean` or `string`; with `[]` (query only) a repeated parameter's items.
   */
  readonly coerce: { readonly [name: string]: string };
}
