/**
 * AJV's standalone code passes `parentData`, `parentDataProperty` and
 * `rootData` to every referenced validator. Only `$data` references and
 * data-changing options (defaults, coercion, removal) read them, and the
 * validators use none of those, so the arguments are dead weight: about a
 * hundred call sites' worth. They are dropped only when nothing but the
 * functions' parameter lists mentions them; otherwise the code is left as is.
 */
const CALL_CONTEXT =
  /,parentData:[\w$]+,parentDataProperty:(?:"(?:[^"\\]|\\.)*"|[\w$]+),rootData\}/g;
const PARAMETERS = /\{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}/g;

export function dropCallContext(code: string): string {
  const dropped = code.replace(CALL_CONTEXT, '}');
  const rest = dropped.replace(PARAMETERS, '');
  return /\b(parentData|parentDataProperty|rootData)\b/.test(rest) ? code : dropped;
}
