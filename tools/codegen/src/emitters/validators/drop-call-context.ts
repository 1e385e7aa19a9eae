/**
 * AJV's standalone code passes `parentData`, `parentDataProperty` and
 * `rootData` to every referenced validator. Only `$data` references and
 * data-changing options (defaults, coercion, removal) read them, and the
 * validators use none of those, so the arguments are dead weight: about a
 * hundred call sites' worth. They are dropped only when nothing but the
 * functions' parameter lists mentions them; otherwise the code is left as is.
 * Then the instance path, all that is left, becomes a plain second parameter, and `false`
 * there means "the verdict only": see `CompiledValidator`.
 */
const CALL_CONTEXT =
  /,parentData:[\w$]+,parentDataProperty:(?:"(?:[^"\\]|\\.)*"|[\w$]+),rootData\}/g;
const PARAMETERS = /\{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}/g;

/**
 * A call's options once the context is gone: `{instancePath:instancePath+"/name"}`. One
 * character per step outside strings: a run inside a repetition (`(?:[\w$]+|…)+`)
 * backtracks exponentially where a candidate turns out not to end in `}`.
 */
const PATH_ONLY = /\{instancePath:((?:[\w$+\s]|"(?:[^"\\]|\\.)*")+)\}/g;

export function dropCallContext(code: string): string {
  const dropped = code.replace(CALL_CONTEXT, '}');
  const rest = dropped.replace(PARAMETERS, '');
  if (/\b(parentData|parentDataProperty|rootData)\b/.test(rest)) {
    return code;
  }
  // What is left of the options is the instance path: passed as a plain second argument, a
  // call allocates no object and the callee destructures nothing, on every call (the cost of
  // calling a component's function instead of inlining it). Exported validators are called
  // with the data alone, so their `instancePath` takes its default, "".
  // A path is built only when the caller asked for paths: called with `false` instead of a
  // path (the package's guards, and every first pass), each call passes `false` on without
  // concatenating, so a valid document is checked without building a string per call.
  const positional = dropped
    .replace(PATH_ONLY, 'instancePath!==false&&$1')
    .replace(PARAMETERS, 'instancePath=""');
  // Any other options object left at a call (or parameter list) would now be read as a path.
  const leftover = /,\s*\{instancePath:[^{}]*\}\s*\)|\{instancePath=/.test(positional);
  return leftover ? dropped : positional;
}
