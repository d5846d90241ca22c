import { LRUCache } from 'lru-cache'
import {
  DEFAULT_TOLERANCE_SECONDS,
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verify,
} from '@cong/shared/webhook'

/**
 * Checks a request signed by the publisher (or the ops CLI) the way docs/architecture.md says:
 * HMAC over `${timestamp}.${body}`, timestamp within 300 s, delivery id never seen before.
 * Delivery ids only need remembering as long as their timestamp is acceptable, hence the TTL.
 */
export type SignedRequestResult =
  | { ok: true }
  | { ok: false; reason: 'no-secret' | 'missing-headers' | 'bad-signature' | 'stale-timestamp' | 'replayed' }

const seenDeliveries = new LRUCache<string, true>({
  max: 10_000,
  ttl: 2 * DEFAULT_TOLERANCE_SECONDS * 1000,
})

export function verifySignedRequest(headers: Headers, body: string, nowSeconds?: number): SignedRequestResult {
  const secret = process.env.PUBLISHER_WEBHOOK_SECRET
  if (!secret) return { ok: false, reason: 'no-secret' }
  const result = verify({
    secret,
    body,
    timestamp: headers.get(TIMESTAMP_HEADER),
    signature: headers.get(SIGNATURE_HEADER),
    delivery: headers.get(DELIVERY_HEADER),
    nowSeconds,
  })
  if (!result.ok) return result
  const delivery = headers.get(DELIVERY_HEADER) as string
  if (seenDeliveries.has(delivery)) return { ok: false, reason: 'replayed' }
  seenDeliveries.set(delivery, true)
  return { ok: true }
}

/** Why a signed request was refused, for the 401 body (the caller is a machine run by ops). */
export const refusalMessages: Record<Exclude<SignedRequestResult, { ok: true }>['reason'], string> = {
  'no-secret': 'PUBLISHER_WEBHOOK_SECRET is not set on the CMS; signed requests cannot be checked.',
  'missing-headers': `Missing ${TIMESTAMP_HEADER}, ${SIGNATURE_HEADER} or ${DELIVERY_HEADER} header.`,
  'bad-signature': `Bad ${SIGNATURE_HEADER}: sign "<timestamp>.<request path>" with PUBLISHER_WEBHOOK_SECRET.`,
  'stale-timestamp': `${TIMESTAMP_HEADER} is more than ${DEFAULT_TOLERANCE_SECONDS} s away from the CMS clock.`,
  replayed: `${DELIVERY_HEADER} was already used; send a fresh id with every request.`,
}
