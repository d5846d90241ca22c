import { randomUUID } from 'node:crypto'
import { signedHeaders } from '@cong/shared/webhook'

/**
 * A request signed per docs/architecture.md: a POST signs its JSON body, a GET signs its path
 * (with the query string, if any), since it has no body. Every call gets a fresh delivery id.
 */
export function signedPayload(url: URL, method: string, body?: string): string {
  return method === 'GET' || method === 'HEAD' ? url.pathname + url.search : (body ?? '')
}

export async function signedFetch(
  url: string | URL,
  options: { secret: string; method?: 'GET' | 'POST'; body?: unknown; timeoutMs?: number; signal?: AbortSignal },
): Promise<Response> {
  const target = new URL(url)
  const method = options.method ?? 'GET'
  const body = method === 'POST' ? JSON.stringify(options.body ?? {}) : undefined
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000)
  return fetch(target, {
    method,
    body,
    headers: signedHeaders(options.secret, signedPayload(target, method, body), randomUUID()),
    signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
  })
}
