import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Comments per client address: `COMMENT_RATE_LIMIT` (default 5) per `COMMENT_RATE_WINDOW_SECONDS`
 * (default 600). In memory: one CMS process serves the comments, and a restart forgetting the
 * counts costs nothing worth a database round-trip per comment.
 */
let limiter: RateLimiterMemory | undefined

function commentLimiter(): RateLimiterMemory {
  const positive = (name: string, fallback: number) => {
    const value = Number(process.env[name])
    return Number.isInteger(value) && value > 0 ? value : fallback
  }
  limiter ??= new RateLimiterMemory({
    keyPrefix: 'draft-comments',
    points: positive('COMMENT_RATE_LIMIT', 5),
    duration: positive('COMMENT_RATE_WINDOW_SECONDS', 600),
  })
  return limiter
}

/** Takes one comment from the address's allowance: `null` when allowed, else seconds to wait. */
export async function takeCommentAllowance(address: string): Promise<number | null> {
  try {
    await commentLimiter().consume(address)
    return null
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    throw refusal
  }
}

/** Gives the allowance back when the submission was refused for its content: fixing a form is not flooding. */
export async function returnCommentAllowance(address: string): Promise<void> {
  await commentLimiter().reward(address, 1)
}
