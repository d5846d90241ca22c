import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

/**
 * Every document Payload holds, read through its local API: each collection's documents with
 * all locales and drafts, their versions, each global and its versions; then, given `login`,
 * whether that login works (password hashes are never read out, so a login proves they
 * survived; it comes last because a login records a session on the user).
 * Compared between the backed-up and the restored database.
 */
export async function readAllDocuments(payload: Payload, login?: { email: string; password: string }) {
  const collections: Record<string, unknown> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const common = {
      collection: slug,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'id',
    } as const
    const docs = (await payload.find({ ...common, draft: true })).docs as unknown as Record<string, unknown>[]
    collections[slug] = {
      // Payload stamps its schema-push row ("dev") with the time of every boot, so it is the one
      // value that differs between two processes reading the same database.
      docs: slug === 'payload-migrations' ? docs.map(({ updatedAt: _boot, ...doc }) => doc) : docs,
      versions: collection.versions ? (await payload.findVersions({ ...common, draft: true })).docs : null,
    }
  }
  const globals: Record<string, unknown> = {}
  for (const global of payload.config.globals) {
    const slug = global.slug as GlobalSlug
    globals[slug] = {
      doc: await payload.findGlobal({ slug, locale: 'all', depth: 0, overrideAccess: true, draft: true }),
      versions: global.versions
        ? (
            await payload.findGlobalVersions({
              slug,
              locale: 'all',
              depth: 0,
              pagination: false,
              overrideAccess: true,
              sort: 'id',
            })
          ).docs
        : null,
    }
  }
  const loggedIn = login
    ? await payload.login({ collection: 'users', data: login }).then(
        (result) => Boolean(result.token),
        () => false,
      )
    : null
  // Through JSON, as the other process hands its reading over.
  return JSON.parse(JSON.stringify({ collections, globals, loggedIn })) as {
    collections: Record<string, { docs: unknown[]; versions: unknown[] | null }>
    globals: Record<string, unknown>
    loggedIn: boolean | null
  }
}
