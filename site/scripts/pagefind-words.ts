/**
 * The words of a Pagefind index, read from its word chunks (`index/*.pf_index`): gzip, the
 * signature `pagefind_dcd`, then CBOR — an array of [word, pages, spellings] entries. search-index.ts gives every shard the words of the others (see
 * there); this is how it learns them, exactly as Pagefind split and normalised them.
 */
import { gunzipSync } from 'node:zlib'

const SIGNATURE = 'pagefind_dcd'

type Cbor = number | bigint | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>

/** A CBOR decoder for what Pagefind writes: integers, strings, byte strings, arrays, maps, simple values. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = new TextDecoder()
  let at = 0
  const length = (info: number): number => {
    if (info < 24) return info
    if (info === 24) return view.getUint8(at++)
    if (info === 25) return (at += 2), view.getUint16(at - 2)
    if (info === 26) return (at += 4), view.getUint32(at - 4)
    if (info === 27) return (at += 8), Number(view.getBigUint64(at - 8))
    throw new Error(`CBOR: indefinite or reserved length ${info} at ${at}`)
  }
  const item = (): Cbor => {
    const head = view.getUint8(at++)
    const major = head >> 5
    const info = head & 31
    switch (major) {
      case 0:
        return length(info)
      case 1:
        return -1 - length(info)
      case 2: {
        const n = length(info)
        return bytes.subarray((at += n) - n, at)
      }
      case 3: {
        const n = length(info)
        return text.decode(bytes.subarray((at += n) - n, at))
      }
      case 4:
        return Array.from({ length: length(info) }, item)
      case 5: {
        const map = new Map<Cbor, Cbor>()
        for (let n = length(info); n > 0; n--) map.set(item(), item())
        return map
      }
      case 6:
        length(info)
        return item()
      default:
        if (info === 20) return false
        if (info === 21) return true
        if (info === 22) return null
        if (info === 23) return undefined
        if (info === 25) return (at += 2), 0 // half floats: no word is one
        if (info === 26) return (at += 4), view.getFloat32(at - 4)
        if (info === 27) return (at += 8), view.getFloat64(at - 8)
        throw new Error(`CBOR: simple value ${info} at ${at}`)
    }
  }
  return item()
}

/**
 * The words in one `.pf_index` file's bytes, as Pagefind keys them (without tone and vowel marks:
 * "ban" holds "bản" and "bán" as its spellings, which a lookup by prefix never looks at).
 */
export function chunkWords(file: Uint8Array): string[] {
  const raw = gunzipSync(file)
  const signature = new TextDecoder().decode(raw.subarray(0, SIGNATURE.length))
  if (signature !== SIGNATURE) throw new Error(`not a Pagefind chunk (${JSON.stringify(signature)})`)
  const chunk = decodeCbor(raw.subarray(SIGNATURE.length))
  const entries = Array.isArray(chunk) && Array.isArray(chunk[0]) ? chunk[0] : []
  const words: string[] = []
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue
    words.push(entry[0])
  }
  return words
}
