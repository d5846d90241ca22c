import type { PayloadRequest } from 'payload'
import type { Case } from '@cong/shared/payload-types'

type Note = NonNullable<Case['notes']>[number]

interface NoteOptions {
  req: PayloadRequest
  now: Date
  /** An import brings notes with their own author and time. */
  keepGiven: boolean
  /** Administrators may correct or remove stored notes (personal data typed by mistake). */
  mayRewrite: boolean
}

/**
 * Internal notes are a record: a new note gets its author and time from the server, and what is
 * stored stays as stored — a note another user sends changed or leaves out is kept as it was.
 */
export function mergeNotes(given: Case['notes'], stored: Note[], options: NoteOptions): Note[] {
  const { req, now, keepGiven, mayRewrite } = options
  const byId = new Map(stored.filter((n) => n.id).map((n) => [n.id as string, n]))
  const authorId = (req.user?.id as number | undefined) ?? null
  const stamp = (note: Note): Note => ({
    ...note,
    author: keepGiven && note.author ? note.author : authorId,
    at: keepGiven && note.at ? note.at : now.toISOString(),
  })
  const rows = given ?? []
  const isNew = (note: Note) => !note.id || !byId.has(note.id)
  if (mayRewrite) {
    return rows.map((note) => {
      const before = note.id ? byId.get(note.id) : undefined
      return before ? { ...note, author: before.author, at: before.at } : stamp(note)
    })
  }
  return [...stored, ...rows.filter(isNew).map(stamp)]
}
