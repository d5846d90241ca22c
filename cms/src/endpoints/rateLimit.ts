import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { UNTRUSTED_ADDRESS } from './publicRequest'

/**
 * How often one client address may use a public form (draft comments, citizen cases, case
 * lookups). In memory: one CMS process serves the forms, and a restart forgetting the counts
 * costs nothing worth a database round-trip per request.
 *
 * Without a trusted proxy no address can be known, and every client shares one key: that
 * allowance is the whole site's, a brake on floods rather than a limit on one person, so it gets
 * its own, larger number.
 *
 * Each allowance reads `<ENV>_RATE_LIMIT`, `<ENV>_SHARED_RATE_LIMIT` and
 * `<ENV>_RATE_WINDOW_SECONDS` on first use, so operators (and tests) tune each form apart.
 */
export interface AllowanceDefaults {
  /** Requests per address per window. */
  perAddress: number
  /** Requests per window for everyone together when no proxy is trusted. */
  shared: number
  windowSeconds: number
}

export interface Allowance {
  /** Takes one request from the address's allowance: `null` when allowed, else seconds to wait. */
  take(address: string): Promise<number | null>
  /** Gives the request back when it was refused for its content: fixing a form is not flooding. */
  giveBack(address: string): Promise<void>
}

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

export function addressAllowance(keyPrefix: string, envPrefix: string, defaults: AllowanceDefaults): Allowance {
  let limiters: { perAddress: RateLimiterMemory; shared: RateLimiterMemory } | undefined
  const limiterFor = (address: string): RateLimiterMemory => {
    const duration = positive(`${envPrefix}_RATE_WINDOW_SECONDS`, defaults.windowSeconds)
    limiters ??= {
      perAddress: new RateLimiterMemory({
        keyPrefix,
        points: positive(`${envPrefix}_RATE_LIMIT`, defaults.perAddress),
        duration,
      }),
      shared: new RateLimiterMemory({
        keyPrefix: `${keyPrefix}-shared`,
        points: positive(`${envPrefix}_SHARED_RATE_LIMIT`, defaults.shared),
        duration,
      }),
    }
    return address === UNTRUSTED_ADDRESS ? limiters.shared : limiters.perAddress
  }
  return {
    async take(address) {
      try {
        await limiterFor(address).consume(address)
        return null
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
        throw refusal
      }
    },
    async giveBack(address) {
      await limiterFor(address).reward(address, 1)
    },
  }
}
