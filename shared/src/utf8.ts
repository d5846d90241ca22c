const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A request body as text, or `null` when its bytes are not UTF-8: JSON must be UTF-8 (RFC 8259),
 * and a lenient decoder would put U+FFFD where the sender's letters were without telling them.
 * The public endpoints and the publisher refuse such bodies with 400.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return null
  }
}
