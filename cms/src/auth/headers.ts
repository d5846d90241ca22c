import { secureCookies } from './sessions'

/**
 * Security headers of every CMS response (admin pages, REST, media), set by Next
 * (`next.config.ts`). No full Content-Security-Policy: the Payload admin needs inline scripts and
 * styles, so only `frame-ancestors` is set, which is what stops the admin being framed by another
 * site (clickjacking on Save or Publish). Strict-Transport-Security only where the session cookie
 * is Secure too: a CMS reached over plain http must not tell browsers to insist on TLS.
 * Next reads these when it builds (`next build` stores them in its routes manifest): set
 * CMS_PUBLIC_URL and NODE_ENV for the deployment before building.
 */
export function cmsSecurityHeaders(
  env: Record<string, string | undefined> = process.env,
): { key: string; value: string }[] {
  return [
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ...(secureCookies(env)
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}
