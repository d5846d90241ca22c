/**
 * The response headers every answer of the public site carries, whoever serves it: the static
 * server sends exactly these, and `docs/nginx.conf.example` must repeat them word for word (a test
 * compares the two), so the policy has one source of truth.
 */

/** One year, subdomains included: the portal's hostnames are all served over TLS in production. */
export const DEFAULT_HSTS = 'max-age=31536000; includeSubDomains'

/**
 * `SITE_HSTS`: unset → {@link DEFAULT_HSTS}; `off` (or `0`, `false`, `none`) → no header, for a
 * plain-http setup where a browser would otherwise be told to insist on a TLS that is not there;
 * any other value replaces the policy (e.g. adding `; preload` once the domain is on the list).
 */
export function hstsFromEnv(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.SITE_HSTS?.trim()
  if (raw === undefined || raw === '') return DEFAULT_HSTS
  return /^(off|0|false|none)$/i.test(raw) ? null : raw
}

/**
 * Every header except the Content-Security-Policy (that one depends on the live release's inline
 * script hashes, see `defaultCsp`).
 *
 * - `X-Frame-Options: SAMEORIGIN` matches the CSP's `frame-ancestors 'self'`: no other site may
 *   frame the portal (clickjacking), while the portal may still frame its own pages (a PDF or
 *   an embedded document page). `'none'` would buy nothing more against other origins.
 * - `Cross-Origin-Opener-Policy: same-origin` cuts the window link to pages opened from the
 *   portal or opening it (tab-nabbing, cross-window leaks); the site needs no popup handshake.
 */
export function staticSecurityHeaders(hsts: string | null = DEFAULT_HSTS): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(hsts ? { 'Strict-Transport-Security': hsts } : {}),
  }
}

/** Where `parseEmbedUrl` sends YouTube and Vimeo links: the only third-party frames the site shows. */
export const PLAYER_FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

/**
 * Scripts from the site itself plus exactly the inline scripts the release was built with (by
 * hash, recorded by the release check), never `'unsafe-inline'`: an inline event handler or a
 * `javascript:` URL slipped into content stays blocked.
 */
export function defaultCsp(cmsOrigin?: string, scriptHashes: string[] = []): string {
  const cms = cmsOrigin ? ` ${cmsOrigin}` : ''
  const hashes = scriptHashes.map((h) => ` ${h}`).join('')
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search core in the browser.
    `script-src 'self' 'wasm-unsafe-eval'${hashes}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${cms}`,
    "font-src 'self'",
    // The players embedded videos are rewritten to (shared/src/media.ts parseEmbedUrl); without
    // it default-src would blank every YouTube or Vimeo video. Other hosts an administrator
    // allows in the site settings need SITE_CSP until the release check records frame sources.
    `frame-src 'self' ${PLAYER_FRAME_SOURCES.join(' ')}`,
    `connect-src 'self'${cms}`,
    `form-action 'self'${cms}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}
