/** What an error keeps of an answer's body: a ProblemDetails is far smaller. */
const ERROR_BODY_BYTES = 64 * 1024;

/**
 * The body of an answer as text, read while counting bytes, so that no answer makes the
 * client hold more than `limit` bytes of it: past the limit the stream is cancelled, and the
 * rest is never read. A 2xx answer over the limit resolves to undefined; an error answer is
 * cut to its first 64 KiB, which is all an error keeps (`error.body`).
 */
export async function readAnswer(response: Response, limit: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let left = response.ok ? limit : ERROR_BODY_BYTES; reader; ) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    text += decoder.decode(value.subarray(0, left), { stream: true });
    left -= value.byteLength;
    if (left < 0) {
      reader.cancel().catch(() => {});
      if (response.ok) {
        return undefined;
      }
      break;
    }
  }
  return text + decoder.decode();
}
