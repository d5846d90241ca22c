import { randomUUID } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sign, signedHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@cong/shared/webhook'
import type { Publisher } from '../../src/publisher/publisher'
import { MAX_BODY_BYTES } from '../../src/publisher/server'
import { postSignedWebhook, SECRET, startPublisherServer, type PublisherServer } from '../publisher/helpers'

/**
 * The publisher's signed `POST /webhook` against hostile requests, the rows that
 * scripts/test/publisher/server.test.ts does not already hold (bad and stale signatures, missing
 * headers, a replayed delivery id, malformed JSON, unknown events, a 70 KB body): wrong content
 * types, bytes that are no UTF-8, a captured request replayed under a new delivery id, values of
 * the wrong type, prototype keys, control characters, and bodies streamed without a length.
 * Real HTTP on loopback, so the server sees the bytes and headers an attacker sends.
 */

const event = () => ({
  event: 'publish',
  collection: 'articles',
  id: '42',
  slug: 'bai-42',
  at: new Date().toISOString(),
})

describe('publisher POST /webhook, hostile requests', () => {
  let api: PublisherServer
  let publisher: Publisher
  let base: string

  beforeEach(async () => {
    api = await startPublisherServer()
    ;({ publisher, base } = api)
  })
  afterEach(() => api.close())

  /** Signs `text` as the CMS does, and sends it. */
  const send = (text: string, headers: Record<string, string> = {}) => postSignedWebhook(base, text, headers)
  const pending = async () => (await publisher.status()).queue.pending

  async function expectRefused(res: Response, status: number, code: string) {
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe(code)
    expect(body.message).toMatch(/\S \/ \S/) // Vietnamese / English
    expect(await pending()).toBe(0)
  }

  it.each([
    ['text/plain', 'text/plain'],
    ['form-urlencoded', 'application/x-www-form-urlencoded'],
    ['XML', 'application/xml'],
    ['no type at all', ''],
  ])('refuses a signed body sent as %s with 415', async (_name, type) => {
    await expectRefused(
      await send(JSON.stringify(event()), { 'content-type': type }),
      415,
      'unsupported-type',
    )
  })

  it('refuses bytes that are no UTF-8 with 400, whatever the signature says', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"event":"publish","collection":"artic'),
      Buffer.from([0xc0, 0xaf, 0xff]),
      Buffer.from(`les","at":"${new Date().toISOString()}"}`),
    ])
    const timestamp = Math.floor(Date.now() / 1000)
    const delivery = randomUUID()
    // Signed over the very bytes (as latin1 text), so only the encoding is wrong.
    const res = await fetch(`${base}/webhook`, {
      method: 'POST',
      body: bytes,
      headers: {
        ...signedHeaders(SECRET, '', delivery, timestamp),
        [SIGNATURE_HEADER]: sign(SECRET, bytes.toString('latin1'), timestamp, delivery),
        [TIMESTAMP_HEADER]: String(timestamp),
      },
    })
    await expectRefused(res, 400, 'invalid-utf8')
  })

  it('refuses a captured request replayed under a fresh delivery id (the id is signed)', async () => {
    const text = JSON.stringify(event())
    const captured = signedHeaders(SECRET, text, 'cms-delivery-a')
    expect((await fetch(`${base}/webhook`, { method: 'POST', body: text, headers: captured })).status).toBe(
      202,
    )
    await publisher.idle()
    const replay = await fetch(`${base}/webhook`, {
      method: 'POST',
      body: text,
      headers: { ...captured, 'x-cong-delivery': 'attacker-1' },
    })
    await expectRefused(replay, 401, 'bad-signature')
    // Two identical requests from the CMS in one second are two deliveries, both accepted.
    const again = signedHeaders(SECRET, text, 'cms-delivery-b', Number(captured['x-cong-timestamp']))
    expect((await fetch(`${base}/webhook`, { method: 'POST', body: text, headers: again })).status).toBe(202)
  })

  it.each([
    ['a number as the collection', { ...event(), collection: 42 }],
    ['a NoSQL operator as the id', { ...event(), id: { $gt: '' } }],
    ['an array as the slug', { ...event(), slug: ['a', 'b'] }],
    ['null as the event', { ...event(), event: null }],
    ['a date that is no date', { ...event(), at: "2026-12-07' OR 1=1 --" }],
    ['an empty collection', { ...event(), collection: '' }],
    ['a control character in the collection', { ...event(), collection: 'articles\u001b[2J' }],
    ['a NUL in the slug', { ...event(), slug: 'bai\u000042' }],
    ['a line break in the id (a forged log line)', { ...event(), id: '42\nlevel=error msg="forged"' }],
    ['an RTL override in the slug', { ...event(), slug: 'bai-\u202E42' }],
  ])('refuses %s with 400 and queues nothing', async (_name, body) => {
    await expectRefused(await send(JSON.stringify(body)), 400, 'invalid-body')
  })

  it.each([
    ['__proto__', (text: string) => text.replace(/^\{/, '{"__proto__":{"polluted":true},')],
    ['constructor', (text: string) => text.replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},')],
  ])('refuses a body with a %s key, and pollutes nothing', async (_name, pollute) => {
    await expectRefused(await send(pollute(JSON.stringify(event()))), 400, 'invalid-body')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a body streamed without a length past the limit with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES * 4) controller.close()
        else {
          sent += chunk.byteLength
          controller.enqueue(chunk)
        }
      },
    })
    const res = await fetch(`${base}/webhook`, {
      method: 'POST',
      body: stream,
      headers: signedHeaders(SECRET, 'x', randomUUID()),
      duplex: 'half',
    } as RequestInit)
    await expectRefused(res, 413, 'too-large')
  })

  it('refuses a Content-Length that claims more than the limit before reading, even for a tiny body', async () => {
    const text = JSON.stringify(event())
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/webhook`, {
        method: 'POST',
        headers: {
          ...signedHeaders(SECRET, text, randomUUID()),
          'content-length': String(MAX_BODY_BYTES * 100),
        },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write(text)
    })
    expect(status).toBe(413)
    expect(await pending()).toBe(0)
  })

  it('still accepts the CMS’s own signed events after all of that', async () => {
    expect((await send(JSON.stringify(event()))).status).toBe(202)
  })
})
