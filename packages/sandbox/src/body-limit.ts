/**
 * The most bytes of request body the sandbox reads by default: 1 MiB, Fastify's
 * default `bodyLimit`. The spec sets no limit. Validating a body costs time in
 * proportion to its size on the one thread that answers every request, so the
 * limit is what bounds how long one request can hold up the others.
 */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export type BodyRead =
  | { ok: true; text: string }
  /** `declared`: refused on its Content-Length, before a byte of it was read. */
  | { ok: false; declared: boolean };

/**
 * Reads a request body as UTF-8 text, up to `limitBytes`: a Content-Length
 * over the limit is refused before reading, and a body without one (chunked)
 * is cancelled as soon as it passes the limit, so at most `limitBytes` plus
 * one chunk is ever held.
 */
export async function readBodyWithin(request: Request, limitBytes: number): Promise<BodyRead> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limitBytes) {
    return { ok: false, declared: true };
  }
  if (request.body === null) {
    return { ok: true, text: '' };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  // Ends with the body, or as soon as its bytes pass the limit.
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    bytes += value.byteLength;
    if (bytes > limitBytes) {
      // Not awaited: a source that never settles its cancel must not hold the answer.
      reader.cancel().catch(() => {});
      return { ok: false, declared: false };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks, bytes)) };
}
