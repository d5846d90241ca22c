import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { UNTRUSTED_ADDRESS } from '../../../endpoints/publicRequest'

/**
 * Comments per client address: `COMMENT_RATE_LIMIT` (default 5) per `COMMENT_RATE_WINDOW_SECONDS`
 * (default 600). In memory: one CMS process serves the comments, and a restart forgetting the
 * counts costs nothing worth a database round-trip per comment.
 *
 * Without a trusted proxy no address can be known, and every commenter shares one key: that
 * allowance is the whole site's, a brake on floods rather than a limit on one person, so it gets
 * `COMMENT_SHARED_RATE_LIMIT` (default 100) per window instead.
 */
let limiters: { perAddress: RateLimiterMemory; shared: RateLimiterMemory } | undefined

function commentLimiter(address: string): RateLimiterMemory {
  const positive = (name: string, fallback: number) => {
    const value = Number(process.env[name])
    return Number.isInteger(value) && value > 0 ? value : fallback
  }
  const duration = positive('COMMENT_RATE_WINDOW_SECONDS', 600)
  limiters ??= {
    perAddress: new RateLimiterMemory({ keyPrefix: 'draft-comments', points: positive('COMMENT_RATE_LIMIT', 5), duration }),
    shared: new RateLimiterMemory({ keyPrefix: 'draft-comments-shared', points: positive('COMMENT_SHARED_RATE_LIMIT', 100), duration }),
  }
  return address === UNTRUSTED_ADDRESS ? limiters.shared : limiters.perAddress
}

/** Takes one comment from the address's allowance: `null` when allowed, else seconds to wait. */
export async function takeCommentAllowance(address: string): Promise<number | null> {
  try {
    await commentLimiter(address).consume(address)
    return null
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    throw refusal
  }
}

/** Gives the allowance back when the submission was refused for its content: fixing a form is not flooding. */
export async function returnCommentAllowance(address: string): Promise<void> {
  await commentLimiter(address).reward(address, 1)
}
