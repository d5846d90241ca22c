import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { z } from 'zod'
import { isMonth, monthRange } from '@cong/shared/monthlyReport'
import { DEFAULT_TOLERANCE_SECONDS, DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify } from '@cong/shared/webhook'
import { decodeUtf8 } from '@cong/shared/utf8'
import type { Logger } from '../lib/log'
import { signedPayload } from '../lib/signed-fetch'
import type { BuildEvent } from './build-records'
import type { Publisher } from './publisher'
import { ReleaseError, RELEASE_ID } from './releases'
import type { ReplayGuard } from './replay-guard'
import { describeIssues, publishEventSchema, rebuildBodySchema, rollbackBodySchema } from './schemas'

/**
 * The publisher's HTTP API (see docs/architecture.md):
 *   GET  /health              unsigned liveness probe
 *   POST /webhook             CMS publish events → 202, coalesced into builds
 *   GET  /status  /releases  /builds  /builds/:id  /builds/:id/log
 *   GET  /builds/month/:yyyy-MM  every build started that month (for the monthly report)
 *   POST /rebuild {force?, reason?}   POST /rollback {to?, reason?}
 * Everything but /health is signed: a POST signs its body, a GET signs its path. Errors are
 * JSON `{ error, message }` with a short Vietnamese / English message.
 */
export const MAX_BODY_BYTES = 64 * 1024
const JSON_TYPE = /^application\/json\s*(;|$)/i

export interface PublisherServerOptions {
  publisher: Publisher
  secret: string
  replayGuard: ReplayGuard
  logger: Logger
  toleranceSeconds?: number
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const tolerance = DEFAULT_TOLERANCE_SECONDS
const REFUSALS = {
  'missing-headers': `Thiếu chữ ký / Missing ${TIMESTAMP_HEADER}, ${SIGNATURE_HEADER} or ${DELIVERY_HEADER} header`,
  'bad-signature': `Chữ ký không hợp lệ / Bad ${SIGNATURE_HEADER}: HMAC-SHA256 of "<timestamp>.<delivery>.<body>" (a GET signs its path) with PUBLISHER_WEBHOOK_SECRET`,
  'stale-timestamp': `Dấu thời gian lệch quá ${tolerance} giây / ${TIMESTAMP_HEADER} is more than ${tolerance} s away from the publisher clock`,
} as const

interface Signed {
  body: string
  delivery: string
  timestamp: number
}

type Reply = { status: number; json?: unknown; text?: string; log?: Record<string, string | number | undefined> }
interface Route {
  method: 'GET' | 'POST'
  pattern: RegExp
  /** Checked before the delivery id is spent, so a corrected retry is not refused as a replay. */
  parse: (body: string) => unknown
  handle: (input: unknown, signed: Signed, params: Record<string, string>) => Promise<Reply>
}

function post<T>(pattern: RegExp, schema: z.ZodType<T>, handle: (input: T, signed: Signed) => Promise<Reply>): Route {
  return { method: 'POST', pattern, parse: (body) => parseJson(schema, body), handle: (input, signed) => handle(input as T, signed) }
}

function get(pattern: RegExp, handle: (params: Record<string, string>) => Promise<Reply>): Route {
  return { method: 'GET', pattern, parse: () => null, handle: (_input, _signed, params) => handle(params) }
}

function parseJson<T>(schema: z.ZodType<T>, body: string): T {
  let json: unknown
  try {
    json = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    throw new HttpError(400, 'invalid-json', 'Nội dung không phải JSON / Body is not valid JSON')
  }
  const result = schema.safeParse(json)
  if (!result.success) throw new HttpError(400, 'invalid-body', `Nội dung không hợp lệ / Invalid body: ${describeIssues(result.error)}`)
  return result.data
}

export function createPublisherServer(options: PublisherServerOptions): Server {
  const { publisher, logger } = options

  const routes: Route[] = [
    post(/^\/webhook$/, publishEventSchema, async (event, signed) => {
      await queueOrRefuse(publisher, {
        source: 'webhook',
        at: new Date().toISOString(),
        event: event.event,
        collection: event.collection,
        docId: event.id,
        slug: event.slug,
        deliveryId: signed.delivery,
      })
      return {
        status: 202,
        json: { accepted: true, queued: publisher.pendingEvents },
        log: { event: event.event, collection: event.collection, slug: event.slug, delivery: signed.delivery },
      }
    }),
    post(/^\/rebuild$/, rebuildBodySchema, async (body, signed) => {
      await queueOrRefuse(publisher, { source: 'ops', at: new Date().toISOString(), event: 'rebuild', reason: body.reason, force: body.force, deliveryId: signed.delivery })
      return { status: 202, json: { accepted: true, force: body.force ?? false }, log: { force: String(body.force ?? false) } }
    }),
    post(/^\/rollback$/, rollbackBodySchema, async (body) => {
      try {
        const result = await publisher.releases.rollback(body.to, body.reason ?? 'ops rollback')
        const warning = publisher.isBuilding
          ? 'Một bản dựng đang chạy và sẽ thay bản này khi xong / A build is running and will replace this release when it succeeds'
          : undefined
        logger.warn('rolled back', { from: result.from, to: result.to, reason: body.reason })
        return { status: 200, json: { ...result, warning }, log: { from: result.from, to: result.to } }
      } catch (error) {
        if (error instanceof ReleaseError) throw new HttpError(409, 'rollback-refused', error.message)
        throw error
      }
    }),
    get(/^\/status$/, async () => ({ status: 200, json: await publisher.status() })),
    get(/^\/releases$/, async () => ({ status: 200, json: { releases: await publisher.releases.list() } })),
    get(/^\/builds$/, async () => ({ status: 200, json: { builds: await publisher.builds.list(50) } })),
    get(/^\/builds\/month\/(?<month>\d{4}-\d{2})$/, async ({ month }) => {
      if (!isMonth(month)) throw notFound(`Tháng không hợp lệ / Not a month: ${month}`)
      const { start, end } = monthRange(month)
      return { status: 200, json: { month, builds: await publisher.builds.history(start, end) } }
    }),
    get(/^\/builds\/(?<id>[^/]+)$/, async ({ id }) => {
      const record = await publisher.builds.get(id)
      if (!record) throw notFound(`Không có bản dựng / No build ${id}`)
      return { status: 200, json: record }
    }),
    get(/^\/builds\/(?<id>[^/]+)\/log$/, async ({ id }) => {
      const log = RELEASE_ID.test(id) ? await publisher.builds.readLog(id) : null
      if (log === null) throw notFound(`Không có nhật ký cho bản dựng / No log for build ${id}`)
      return { status: 200, text: log }
    }),
  ]

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<Reply> => {
    const url = new URL(req.url ?? '/', 'http://publisher.invalid')
    if (url.pathname === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET')
      return { status: 200, json: { ok: true, live: await publisher.releases.live(), building: publisher.isBuilding } }
    }
    const candidates = routes.filter((r) => r.pattern.test(url.pathname))
    if (candidates.length === 0) throw notFound(`Không có đường dẫn / No such endpoint: ${url.pathname}`)
    const route = candidates.find((r) => r.method === req.method)
    if (!route) throw methodNotAllowed(candidates.map((r) => r.method).join(', '), res)
    if (route.method === 'POST' && !JSON_TYPE.test(header(req, 'content-type') ?? '')) {
      throw new HttpError(415, 'unsupported-type', 'Nội dung phải là JSON / Send the body as application/json')
    }
    const body = await readBody(req, MAX_BODY_BYTES)
    const signed = authenticate(req, url, body)
    const input = route.parse(body)
    // The delivery id is signed, so spending it spends the request: a captured request cannot
    // come back under a new id.
    if (!options.replayGuard.accept(signed.delivery, signed.timestamp)) {
      throw new HttpError(409, 'replayed', `Yêu cầu này đã được xử lý / ${DELIVERY_HEADER} ${signed.delivery} was already used`)
    }
    try {
      return await route.handle(input, signed, url.pathname.match(route.pattern)?.groups ?? {})
    } catch (error) {
      // The request was not stored, so nothing was done: the sender's retry (same delivery id)
      // must not be refused as a replay. Other failures may have done part of their work (a
      // rollback), so their id stays spent.
      if (error instanceof HttpError && error.code === QUEUE_UNAVAILABLE) options.replayGuard.forget(signed.delivery)
      throw error
    }
  }

  const authenticate = (req: IncomingMessage, url: URL, body: string): Signed => {
    const method = req.method ?? 'GET'
    const timestamp = header(req, TIMESTAMP_HEADER)
    const delivery = header(req, DELIVERY_HEADER)
    if (delivery && delivery.length > 200) throw new HttpError(401, 'missing-headers', REFUSALS['missing-headers'])
    const result = verify({
      secret: options.secret,
      body: signedPayload(url, method, body),
      timestamp,
      signature: header(req, SIGNATURE_HEADER),
      delivery,
      toleranceSeconds: options.toleranceSeconds,
    })
    if (!result.ok) throw new HttpError(401, result.reason, REFUSALS[result.reason])
    return { body, delivery: delivery as string, timestamp: Number(timestamp) }
  }

  return createServer((req, res) => {
    const started = performance.now()
    handle(req, res)
      .catch((error: unknown): Reply => {
        if (error instanceof HttpError) return { status: error.status, json: { error: error.code, message: error.message } }
        logger.error('request failed', { method: req.method, path: req.url, error: String((error as Error)?.stack ?? error) })
        return { status: 500, json: { error: 'internal', message: 'Lỗi nội bộ / Internal error; see the publisher log' } }
      })
      .then((reply) => {
        const payload = reply.text ?? JSON.stringify(reply.json ?? {}, null, 2)
        res.statusCode = reply.status
        res.setHeader('content-type', reply.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8')
        res.setHeader('cache-control', 'no-store')
        if (reply.status === 413) res.setHeader('connection', 'close')
        res.end(payload)
        if (req.url !== '/health') {
          const error = reply.status >= 400 ? (reply.json as { error?: string } | undefined)?.error : undefined
          logger.info(`${req.method} ${req.url} ${reply.status}`, { ms: Math.round(performance.now() - started), error, ...reply.log })
        }
      })
  })
}

const QUEUE_UNAVAILABLE = 'queue-unavailable'

/** With several publishers the request goes to the shared queue; if that fails the sender must retry. */
async function queueOrRefuse(publisher: Publisher, event: BuildEvent): Promise<void> {
  try {
    await publisher.enqueue(event)
  } catch (error) {
    throw new HttpError(
      503,
      QUEUE_UNAVAILABLE,
      `Chưa lưu được yêu cầu vào hàng đợi chung, hãy thử lại / Could not store the request in the shared queue, retry: ${String((error as Error)?.message ?? error)}`,
    )
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function notFound(message: string): HttpError {
  return new HttpError(404, 'not-found', message)
}

function methodNotAllowed(allowed: string, res?: ServerResponse): HttpError {
  res?.setHeader('allow', allowed)
  return new HttpError(405, 'method-not-allowed', `Phương thức không được hỗ trợ / Method not allowed (use ${allowed})`)
}

/** The body as text, refusing more than `limit` bytes without buffering them. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  const tooLarge = () => new HttpError(413, 'too-large', `Nội dung quá lớn / Body larger than ${limit / 1024} KB`)
  if (declared > limit) {
    req.resume()
    return Promise.reject(tooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      // A lenient decoder would turn other bytes into a signature mismatch.
      const text = decodeUtf8(Buffer.concat(chunks))
      if (text === null) reject(new HttpError(400, 'invalid-utf8', 'Nội dung không phải UTF-8 / Body is not valid UTF-8'))
      else resolve(text)
    })
    req.on('error', reject)
  })
}
