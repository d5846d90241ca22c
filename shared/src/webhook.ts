import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed requests between the CMS and the publisher: HMAC-SHA256 over
 * `${timestamp}.${delivery}.${body}`, sent as `x-cong-signature: sha256=<hex>` with
 * `x-cong-timestamp` (unix seconds) and a unique `x-cong-delivery` id that the receiver uses to
 * refuse replays. The id is signed so that a captured request cannot be sent again under a new one.
 */
export const SIGNATURE_HEADER = 'x-cong-signature'
export const TIMESTAMP_HEADER = 'x-cong-timestamp'
export const DELIVERY_HEADER = 'x-cong-delivery'
export const DEFAULT_TOLERANCE_SECONDS = 300

export function sign(secret: string, body: string, timestamp: number, delivery: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${delivery}.${body}`).digest('hex')
}

export type VerifyResult =
  | { ok: true }
  | { ok: false; reason: 'missing-headers' | 'bad-signature' | 'stale-timestamp' }

export function verify(args: {
  secret: string
  body: string
  timestamp: string | number | null | undefined
  signature: string | null | undefined
  delivery: string | null | undefined
  nowSeconds?: number
  toleranceSeconds?: number
}): VerifyResult {
  const { secret, body, signature, delivery } = args
  const ts = Number(args.timestamp)
  if (!signature || !delivery || !args.timestamp || !Number.isFinite(ts)) return { ok: false, reason: 'missing-headers' }
  const now = args.nowSeconds ?? Math.floor(Date.now() / 1000)
  const tolerance = args.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS
  if (Math.abs(now - ts) > tolerance) return { ok: false, reason: 'stale-timestamp' }
  const expected = Buffer.from(sign(secret, body, ts, delivery))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'bad-signature' }
  }
  return { ok: true }
}

/** Headers for a signed request carrying `body`. */
export function signedHeaders(secret: string, body: string, deliveryId: string, nowSeconds?: number) {
  const timestamp = nowSeconds ?? Math.floor(Date.now() / 1000)
  return {
    'content-type': 'application/json',
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: sign(secret, body, timestamp, deliveryId),
    [DELIVERY_HEADER]: deliveryId,
  }
}

/** What the CMS tells the publisher. */
export interface PublishEvent {
  event: 'publish' | 'unpublish' | 'update' | 'delete' | 'rebuild'
  collection: string
  id?: string
  slug?: string
  at: string
}
