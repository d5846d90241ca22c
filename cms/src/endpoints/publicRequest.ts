import type { CollectionSlug, Payload, PayloadHandler, PayloadRequest } from 'payload'
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

/** Seconds a reader is asked to wait before trying again while the database is away. */
export const DATABASE_RETRY_SECONDS = 30

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Hệ thống tạm thời không truy cập được dữ liệu: yêu cầu của bạn chưa được xử lý và không có gì được lưu, xin thử lại sau ít phút. / ' +
  'The portal cannot reach its data right now: your request was not processed and nothing was stored. Please try again in a few minutes.'

// Node's socket errors, PostgreSQL's "connection exception" class (08…) and server shutdown or
// overload (57P01–57P03, 53300), SQLite's busy, locked, unopenable and I/O failures, and the
// MongoDB driver's network errors: the database is away, the request itself is fine.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
const POSTGRES_CODES = /^(08\d{3}|08P01|57P0[1-3]|53300)$/
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|NOTADB|CORRUPT|READONLY)/
// Payload rethrows a failed BEGIN as a new error without its cause; a BEGIN fails only when the
// database cannot give a connection.
const POSTGRES_MESSAGES =
  /Connection terminated|cannot begin transaction|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end/i
const MONGO_NAMES = /^Mongo(Network|NetworkTimeout|ServerSelection|TopologyClosed|NotConnected)Error$/

/**
 * Whether `error` (or any error it wraps: drizzle and Payload wrap the driver's) says the
 * database cannot be reached, as opposed to a bug, which must stay a logged 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 8) return false
  const { code, rawCode } = error as Error & { code?: unknown; rawCode?: unknown }
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || POSTGRES_CODES.test(code) || SQLITE_CODES.test(code))
  )
    return true
  if (typeof rawCode === 'string' && SQLITE_CODES.test(rawCode)) return true
  if (
    MONGO_NAMES.test(error.name) ||
    POSTGRES_MESSAGES.test(error.message) ||
    SQLITE_CODES.test(error.message)
  )
    return true
  const inner = [error.cause, ...(error instanceof AggregateError ? error.errors : [])]
  return inner.some((cause) => isDatabaseUnavailable(cause, depth + 1))
}

/** What a public endpoint answers while the database is away: nothing was kept, come back soon. */
export function databaseUnavailableAnswer(): Response {
  return publicAnswer(
    503,
    { error: 'database-unavailable', message: DATABASE_UNAVAILABLE_MESSAGE },
    { 'retry-after': String(DATABASE_RETRY_SECONDS) },
  )
}

/**
 * Wraps a public handler: a database outage becomes the 503 above (logged as a warning, it is
 * not a bug); anything else is rethrown for Payload to log and answer 500.
 */
export function answeringOutages(handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error
      req.payload.logger.warn(
        { err: error, path: new URL(req.url ?? '/', 'http://cms').pathname },
        'Database unavailable',
      )
      return databaseUnavailableAnswer()
    }
  }
}
