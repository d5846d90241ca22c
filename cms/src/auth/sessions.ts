import type { IncomingAuthType } from 'payload'

/** A working day: staff sign in once in the morning; a stolen token stops working overnight. */
export const SESSION_SECONDS = 8 * 60 * 60

/** Wrong passwords in a row before Payload locks the account, and for how long. */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 15

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Whether the admin session cookie is `Secure` (sent over TLS only): always when the CMS's public
 * URL is https, and always in production, except for a production CMS whose public URL is plain
 * http on the loopback address (`pnpm portal` on one machine), where some browsers would drop a
 * Secure cookie and nobody could sign in. Any other production setup over plain http fails to
 * sign in: the fix is TLS, not an insecure cookie.
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  let url: URL | undefined
  try {
    url = env.CMS_PUBLIC_URL ? new URL(env.CMS_PUBLIC_URL) : undefined
  } catch {
    url = undefined
  }
  if (url?.protocol === 'https:') return true
  if (env.NODE_ENV !== 'production') return false
  return !(url?.protocol === 'http:' && LOOPBACK.has(url.hostname))
}

/** Payload's auth settings for staff accounts (`users`). */
export function staffAuth(env: Record<string, string | undefined> = process.env): IncomingAuthType {
  return {
    tokenExpiration: SESSION_SECONDS,
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    // httpOnly is Payload's own and cannot be turned off; Lax keeps the cookie off cross-site
    // POSTs (CSRF) while a link from an e-mail into the admin still arrives signed in.
    cookies: { secure: secureCookies(env), sameSite: 'Lax' },
  }
}
