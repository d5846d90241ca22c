import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { Label } from '../i18n'

/**
 * What the public endpoints (view counter, comments on drafts) share: who may call them from a
 * browser, and which address a request comes from.
 */

/** The form tells a refused reader how long to wait: it must be allowed to read Retry-After. */
const EXPOSED = { 'access-control-expose-headers': 'Retry-After' }

/**
 * The static site calls these endpoints from its own origin (`SITE_URL`). Without one configured
 * (a bare development CMS) any origin may: no credentials are ever involved.
 */
export function publicCorsHeaders(): Record<string, string> {
  const site = process.env.SITE_URL
  let origin = '*'
  if (site) {
    try {
      origin = new URL(site).origin
    } catch {
      // A malformed SITE_URL is reported where it matters (the site build); here it stays open.
    }
  }
  return origin === '*'
    ? { 'access-control-allow-origin': '*', ...EXPOSED }
    : { 'access-control-allow-origin': origin, vary: 'Origin', ...EXPOSED }
}

/** The answer to a browser's preflight for a JSON POST. */
export function preflightResponse(methods: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...publicCorsHeaders(),
      'access-control-allow-methods': methods,
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '86400',
    },
  })
}

/** A public endpoint's JSON answer: never cached, readable by the site's scripts. */
export function publicAnswer(status: number, body: object, headers: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { 'cache-control': 'no-store', ...publicCorsHeaders(), ...headers },
  })
}

/** The refusal of a request over its allowance, saying when to come back. */
export function rateLimitedAnswer(waitSeconds: number, message: (minutes: number) => Label): Response {
  return publicAnswer(
    429,
    { code: 'rate-limited', message: message(Math.ceil(waitSeconds / 60)) },
    { 'retry-after': String(waitSeconds) },
  )
}

/** Whether the field people never see (`homepage`) was filled in: only robots fill it. */
export const honeypotFilled = (value: unknown): boolean =>
  value !== undefined && value !== null && String(value).trim() !== ''

/**
 * A code (`make()`) that no document of `collection` has in `field` yet: collisions are
 * astronomically rare, but the unique index would turn one into a 500.
 */
export async function freshCode(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  make: () => string,
): Promise<string> {
  for (;;) {
    const code = make()
    const { totalDocs } = await payload.count({ collection, where: { [field]: { equals: code } }, overrideAccess: true })
    if (totalDocs === 0) return code
  }
}

/**
 * The body's bytes, or `null` once they pass `limit` (whatever Content-Length claimed): an
 * oversized body is refused while it arrives, before anything parses it.
 */
export async function readLimited(req: PayloadRequest, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  const body = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!body) {
    const bytes = req.arrayBuffer ? Buffer.from(await req.arrayBuffer()) : Buffer.alloc(0)
    return bytes.byteLength > limit ? null : bytes
  }
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** The key every request shares when no proxy is trusted to name the client. */
export const UNTRUSTED_ADDRESS = 'untrusted'

/**
 * The client's address for per-address limits. `X-Forwarded-For` is believed only when
 * `CMS_TRUST_PROXY` says how many reverse proxies in front of the CMS append to it: the client is
 * then the entry that many places from the right. Otherwise the header is the client's own
 * claim (Next.js fills it from the socket only when absent), so every request shares one key
 * with a site-wide allowance: deployments behind a proxy set the variable.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const hops = Number.parseInt(process.env.CMS_TRUST_PROXY ?? '0', 10)
  if (!Number.isFinite(hops) || hops < 1) return UNTRUSTED_ADDRESS
  const chain = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return chain[Math.max(chain.length - hops, 0)] ?? UNTRUSTED_ADDRESS
}
