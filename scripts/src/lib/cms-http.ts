import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SanitizedConfig } from 'payload'

/**
 * Serves the CMS's real REST routes (Payload's own Next route handlers, which are plain Fetch
 * handlers) over loopback HTTP without building the Next admin, so pipeline tests exercise the
 * same `/api/snapshot`, media and view-counter code that production serves.
 */
export async function serveCmsApi(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<{ url: string; close: () => Promise<void> }> {
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
    // Browsers preflight the public forms' cross-origin POSTs (the site and the CMS differ in port).
    OPTIONS: routes.REST_OPTIONS(config),
  } as const
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const handler = handlers[req.method as keyof typeof handlers]
      if (!handler || !url.pathname.startsWith('/api/')) {
        res.writeHead(404).end()
        return
      }
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = chunks.length && req.method !== 'GET' ? Buffer.concat(chunks) : undefined
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value)
      const request = new Request(url, { method: req.method, headers, body })
      const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      // Keep-alive sockets of the publisher's fetches would hold close() open.
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
