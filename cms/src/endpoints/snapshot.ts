import type { Endpoint } from 'payload'
import { snapshotJsonChunks } from '../publishing/snapshot'
import { refusalMessages, verifySignedRequest } from '../publishing/signedRequest'

/**
 * `GET /api/snapshot`: the publisher pulls the content snapshot here. Signed like a webhook, the
 * signed body being the request path (docs/architecture.md, "Signed requests").
 */
export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) => {
    const path = `${req.payload.config.routes.api}/snapshot`
    const check = verifySignedRequest(req.headers, path)
    if (!check.ok) {
      return Response.json({ error: 'unauthorized', reason: check.reason, message: refusalMessages[check.reason] }, { status: 401 })
    }
    const chunks = snapshotJsonChunks(req.payload, {
      siteUrl: process.env.SITE_URL ?? '',
      cmsPublicUrl: process.env.CMS_PUBLIC_URL || req.payload.config.serverURL || '',
    })
    const encoder = new TextEncoder()
    const logger = req.payload.logger
    // Everything before the articles is read up front, so a broken database is a clean 500; a
    // failure later cuts the stream, which the publisher sees as invalid JSON and a failed build.
    let head: IteratorResult<string>
    try {
      head = await chunks.next()
    } catch (error) {
      logger.error({ err: error }, 'Snapshot failed')
      return Response.json({ error: 'snapshot-failed', message: String(error) }, { status: 500 })
    }
    // Pull-based: the next batch of articles is read only when the client has taken the last one.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!head.done) controller.enqueue(encoder.encode(head.value))
      },
      async pull(controller) {
        try {
          const { value, done } = await chunks.next()
          if (done) controller.close()
          else controller.enqueue(encoder.encode(value))
        } catch (error) {
          logger.error({ err: error }, 'Snapshot failed while streaming')
          controller.error(error)
        }
      },
      async cancel() {
        await chunks.return(undefined)
      },
    })
    return new Response(body, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    })
  },
}
