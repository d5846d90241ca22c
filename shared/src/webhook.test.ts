import { describe, expect, it } from 'vitest'
import { DELIVERY_HEADER, SIGNATURE_HEADER, sign, signedHeaders, TIMESTAMP_HEADER, verify, type VerifyResult } from './webhook'

const secret = 'test-secret-0123456789'
const body = '{"event":"publish","collection":"articles","at":"2025-06-11T08:30:00.000Z"}'
const now = 1_750_000_000
const delivery = 'delivery-1'
const good = sign(secret, body, now, delivery)

describe('verify', () => {
  const cases: { name: string; args: Partial<Parameters<typeof verify>[0]>; expected: VerifyResult }[] = [
    { name: 'good signature', args: {}, expected: { ok: true } },
    { name: 'timestamp as a string header', args: { timestamp: String(now) }, expected: { ok: true } },
    { name: 'signature made with another secret', args: { signature: sign('other-secret-0123456', body, now, delivery) }, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'garbage signature', args: { signature: 'sha256=deadbeef' }, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'signature without its prefix', args: { signature: good.slice('sha256='.length) }, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'tampered body', args: { body: body.replace('publish', 'delete') }, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'timestamp changed after signing', args: { timestamp: now + 1, nowSeconds: now + 1 }, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'exactly at the tolerance (past)', args: { nowSeconds: now + 300 }, expected: { ok: true } },
    { name: 'stale: one second too old', args: { nowSeconds: now + 301 }, expected: { ok: false, reason: 'stale-timestamp' } },
    { name: 'stale: from the future', args: { nowSeconds: now - 301 }, expected: { ok: false, reason: 'stale-timestamp' } },
    { name: 'custom tolerance', args: { nowSeconds: now + 31, toleranceSeconds: 30 }, expected: { ok: false, reason: 'stale-timestamp' } },
    { name: 'the same request sent under another delivery id', args: { delivery: 'delivery-2' }, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'missing delivery id', args: { delivery: undefined }, expected: { ok: false, reason: 'missing-headers' } },
    { name: 'missing signature', args: { signature: undefined }, expected: { ok: false, reason: 'missing-headers' } },
    { name: 'missing timestamp', args: { timestamp: null }, expected: { ok: false, reason: 'missing-headers' } },
    { name: 'non-numeric timestamp', args: { timestamp: 'yesterday' }, expected: { ok: false, reason: 'missing-headers' } },
  ]

  it.each(cases)('$name', ({ args, expected }) => {
    const input = { secret, body, timestamp: now, signature: good, delivery, nowSeconds: now, ...args }
    expect(verify(input)).toEqual(expected)
  })
})

describe('signedHeaders', () => {
  it('produces headers that verify, with the delivery id', () => {
    const headers = signedHeaders(secret, body, 'delivery-1', now)
    expect(headers[DELIVERY_HEADER]).toBe('delivery-1')
    expect(verify({ secret, body, timestamp: headers[TIMESTAMP_HEADER], signature: headers[SIGNATURE_HEADER], delivery: headers[DELIVERY_HEADER], nowSeconds: now })).toEqual({ ok: true })
  })

  it('signs the timestamp and the delivery id into the HMAC, not just the body', () => {
    expect(sign(secret, body, now, delivery)).not.toBe(sign(secret, body, now + 1, delivery))
    expect(sign(secret, body, now, delivery)).not.toBe(sign(secret, body, now, 'delivery-2'))
    expect(sign(secret, body, now, delivery)).toMatch(/^sha256=[0-9a-f]{64}$/)
  })
})
