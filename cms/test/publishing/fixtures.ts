import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'
import type { Payload } from 'payload'
import type { Media } from '@cong/shared/payload-types'

/** Minimal Lexical JSON, enough for the publishing tests (text, links, uploads). */
type Node = Record<string, unknown>

export const text = (value: string): Node => ({
  type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1,
})

export const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph', children, format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
})

export const link = (fields: Record<string, unknown>, label: string): Node => ({
  type: 'link', fields: { newTab: false, ...fields }, children: [text(label)], format: '', indent: 0, version: 3, direction: 'ltr',
})

export const upload = (media: Media['id']): Node => ({
  type: 'upload', relationTo: 'media', value: media, fields: null, format: '', version: 3,
})

export const richText = (...children: Node[]) => ({
  root: { type: 'root', children, format: '', indent: 0, version: 1, direction: 'ltr' },
})

/** A real JPEG, so Payload's sharp pipeline produces the `thumbnail` and `card` sizes. */
export async function createImage(payload: Payload, name: string, alt: string): Promise<Media> {
  const data = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#b22222' } }).jpeg().toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
}

export interface RecordedRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** A stand-in publisher on a random local port that records requests and answers `respond`. */
export async function fakePublisher(
  respond: (req: RecordedRequest) => { status: number; body: unknown },
): Promise<{ url: string; requests: RecordedRequest[]; close: () => Promise<void> }> {
  const requests: RecordedRequest[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body }
      requests.push(recorded)
      const answer = respond(recorded)
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Polls until `check` passes (background deliveries), failing after `timeoutMs`. */
export async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const start = Date.now()
  for (;;) {
    try {
      check()
      return
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}
