import { randomUUID } from 'node:crypto'
import { signedHeaders } from '@cong/shared/webhook'

/**
 * Calls to the publisher's ops API (`GET /status`, `GET /builds/month/:month`, `POST /rebuild`,
 * `POST /rollback`), signed
 * as docs/architecture.md says: a POST signs its JSON body, a GET its path.
 */

export const DEFAULT_PUBLISHER_URL = 'http://127.0.0.1:4100'

export class PublisherUnavailableError extends Error {}

export interface PublisherAnswer {
  status: number
  body: unknown
}

export async function callPublisher(
  path: '/status' | '/rebuild' | '/rollback' | `/builds/month/${string}`,
  options: { method: 'GET' } | { method: 'POST'; body: object },
): Promise<PublisherAnswer> {
  const secret = process.env.PUBLISHER_WEBHOOK_SECRET
  if (!secret) throw new PublisherUnavailableError('PUBLISHER_WEBHOOK_SECRET is not set on the CMS')
  const url = new URL(path, process.env.PUBLISHER_URL || DEFAULT_PUBLISHER_URL)
  const body = options.method === 'POST' ? JSON.stringify(options.body) : undefined
  let res: Response
  try {
    res = await fetch(url, {
      method: options.method,
      body,
      headers: signedHeaders(secret, body ?? url.pathname + url.search, randomUUID()),
      signal: AbortSignal.timeout(10_000),
    })
  } catch (error) {
    // fetch reports "fetch failed" and hides the useful part (ECONNREFUSED, timeout) in `cause`.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
    throw new PublisherUnavailableError(`${url.origin}: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // A non-JSON answer (a proxy's error page) is passed on as text.
  }
  return { status: res.status, body: parsed }
}
