/**
 * One HTTP GET for the scaffolder, with the failures a contributor can meet turned into a
 * sentence: offline, a host that does not answer in time, an error status, an oversized answer.
 */
export type Fetched = { ok: true; text: string } | { ok: false; error: string };

export interface FetchOptions {
  timeoutMs: number;
  accept: string;
  /** An answer for one paper is a few kilobytes; a bigger one is not what we asked for. */
  maxBytes?: number;
  userAgent: string;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
};

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as Error & { cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const code = e.cause?.code ?? '';
  const reason = NETWORK_CODES[code];
  if (reason) return `${reason} (${code}): check your internet connection, or the address if you set one`;
  return `the request failed (${code || e.message})`;
}

export async function fetchText(url: string, options: FetchOptions): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: options.accept, 'user-agent': options.userAgent },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { ok: false, error: `the server answered HTTP ${status}` };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, error: `the answer is larger than ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
    return { ok: true, text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)) };
  } catch (error) {
    return { ok: false, error: describeFailure(error, options.timeoutMs) };
  }
}
