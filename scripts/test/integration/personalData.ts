import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { signedFetch } from '../../src/lib/signed-fetch'
import { WEBHOOK_SECRET, type E2eWorld } from './e2eWorld'

export interface PersonalDataHit {
  /** Where it was found: a path relative to the scanned folder, or the label of a scanned text. */
  where: string
  needle: string
}

/**
 * The ways a Vietnamese phone number is written (0912 345 678, 0912.345.678, 0912345678,
 * +84912345678), so that a reformatted number is still caught.
 */
export function phoneForms(phone: string): string[] {
  const digits = phone.replace(/\D/g, '')
  const national = digits.startsWith('84') ? `0${digits.slice(2)}` : digits
  const groups = [national.slice(0, 4), national.slice(4, 7), national.slice(7)]
  return [...new Set([phone, national, `+84${national.slice(1)}`, groups.join(' '), groups.join('.')])]
}

/** Gzipped files (Pagefind's index fragments) are read as what they hold. */
function textOf(bytes: Buffer): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8')
    } catch {
      // A file that only starts like gzip is scanned as it is.
    }
  }
  return bytes.toString('utf8')
}

/** The needles found in one text, compared case-insensitively and in NFC. */
export function hitsIn(where: string, text: string, needles: string[]): PersonalDataHit[] {
  const haystack = text.normalize('NFC').toLowerCase()
  return needles
    .filter((needle) => haystack.includes(needle.normalize('NFC').toLowerCase()))
    .map((needle) => ({ where, needle }))
}

/** Every file under `dir` (HTML, JSON, feeds, search index, assets), searched for each needle. */
export async function scanFolder(dir: string, needles: string[]): Promise<PersonalDataHit[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const hits: PersonalDataHit[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    hits.push(...hitsIn(path.relative(dir, file), textOf(await readFile(file)), needles))
  }
  return hits
}

/**
 * Scans what the public gets from a test world: the snapshot the publisher pulls (signed, as the
 * publisher asks for it) and every file of the live release, Pagefind's gzipped fragments read
 * as text. Returns the snapshot too, so a test can check it holds the item the data came with.
 */
export async function publicPersonalDataHits(
  e2e: E2eWorld,
  needles: string[],
): Promise<{ snapshot: string; release: string; hits: PersonalDataHit[] }> {
  const response = await signedFetch(new URL('/api/snapshot', e2e.pipeline.cmsUrl), {
    secret: WEBHOOK_SECRET,
  })
  if (!response.ok) throw new Error(`The snapshot answered ${response.status}`)
  const snapshot = await response.text()
  const release = await realpath(path.join(e2e.varDir, 'releases', 'current'))
  return {
    snapshot,
    release,
    hits: [...hitsIn('snapshot', snapshot, needles), ...(await scanFolder(release, needles))],
  }
}
