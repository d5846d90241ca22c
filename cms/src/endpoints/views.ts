import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { isArticleId, viewCounterFor } from '../publishing/viewStore'
import { databaseUnavailableAnswer, isDatabaseUnavailable, publicCorsHeaders } from './publicRequest'

/**
 * The static article pages count their readers here: `GET /api/views/:id` is a 1×1 image beacon
 * (works without JavaScript), `POST /api/views/:id` answers `{ views }` for pages that show the
 * count. Public and unauthenticated, so every answer is cheap and bad input is a 4xx, never a 5xx.
 */

// The smallest transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const publicHeaders = () => ({ 'cache-control': 'no-store', ...publicCorsHeaders() })

const json = (status: number, body: object) => Response.json(body, { status, headers: publicHeaders() })

/** The reader's address as the reverse proxy in front of the CMS reports it. */
function visitorOf(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || req.headers.get('x-real-ip')?.trim() || 'unknown'
}

function viewHandler(respond: (views: number) => Response): PayloadHandler {
  return async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!isArticleId(req.payload, id)) {
      return json(400, { error: 'bad-id', message: 'Mã bài viết không hợp lệ. / Invalid article id.' })
    }
    try {
      const result = await viewCounterFor(req.payload).hit(id, visitorOf(req))
      if (result.status === 'unknown') {
        return json(404, { error: 'not-found', message: 'Không có bài viết đã đăng với mã này. / No published article with this id.' })
      }
      return respond(result.views)
    } catch (error) {
      // A bug stays a 500 (Payload logs it); only an unreachable database is "come back later".
      if (!isDatabaseUnavailable(error)) throw error
      req.payload.logger.warn({ err: error }, 'View counter: database unavailable')
      return databaseUnavailableAnswer()
    }
  }
}

export const viewEndpoints: Endpoint[] = [
  {
    path: '/views/:id',
    method: 'get',
    handler: viewHandler(
      () => new Response(PIXEL, { headers: { ...publicHeaders(), 'content-type': 'image/gif', 'content-length': String(PIXEL.length) } }),
    ),
  },
  {
    path: '/views/:id',
    method: 'post',
    handler: viewHandler((views) => json(200, { views })),
  },
]
