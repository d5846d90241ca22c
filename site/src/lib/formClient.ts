/**
 * What the public form islands (comment form, question form, case lookup) share on the reader's
 * side, so a refusal, a rate limit or a lost connection reads the same in each. `fill` serves the
 * search islands too.
 */

/** Fill `{name}` placeholders; unknown names stay as they are. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

/**
 * Retry-After is seconds or an HTTP date; readers are told whole minutes, at least one. Null when
 * it cannot be read (a cross-origin response shows it only if the CMS exposes the header).
 */
export function retryMinutes(header: string | null): number | null {
  if (!header) return null
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : null
}

/** A refusal as the CMS words it (`{ vi, en }`), for codes the site has no words of its own for. */
export type ServerMessage = { vi?: string; en?: string } | string | undefined

export const serverText = (message: ServerMessage, locale: 'vi' | 'en'): string =>
  typeof message === 'string' ? message : (message?.[locale] ?? message?.vi ?? '')

/** POST and read a JSON answer; `null` when the network failed (nothing reached the server). */
export async function postForm(
  url: string,
  body: BodyInit,
  json: boolean,
): Promise<{ status: number; body: Record<string, unknown> | null; retryAfter: string | null } | null> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: json ? { 'content-type': 'application/json', accept: 'application/json' } : { accept: 'application/json' },
      body,
      credentials: 'omit',
    })
  } catch {
    return null
  }
  const parsed = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { status: response.status, body: parsed, retryAfter: response.headers.get('retry-after') }
}
