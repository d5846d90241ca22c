import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Config,
  PayloadRequest,
  Plugin,
} from 'payload'
import { s3Storage } from '@payloadcms/storage-s3'
import {
  readObjectStorageSettings,
  s3ClientConfig,
  type ObjectStorageSettings,
} from '@cong/shared/objectStorage'

/**
 * The upload collections and their folder in the bucket: the same names as under `CONG_DATA_DIR`,
 * so a disk copied to the bucket (`aws s3 sync data/media s3://…/media`) is found again.
 */
export const STORED_COLLECTIONS = {
  media: 'media',
  'media-files': 'media-files',
  'document-files': 'documents',
  'case-files': 'case-files',
} as const satisfies Partial<Record<CollectionSlug, string>>

/**
 * The storage plugin for this environment: Payload's S3 adapter for the four upload collections
 * when `S3_BUCKET` is set, else the same plugin switched off, so files stay on the local disk.
 * Switched off, it still adds its two columns (`prefix`, `_objectKey`) and its admin component:
 * the database schema, the generated types and the admin's import map are then the same whether
 * or not a deployment uses a bucket, and moving to one needs no schema change.
 *
 * No object is made public and no signed download is handed out: every file is still served by
 * the CMS under `/api/<collection>/file/<name>` after the collection's read access is checked
 * (Payload checks it before any storage handler runs). That keeps the URLs the snapshot and the
 * publisher's file cache use, and keeps citizens' attachments (`case-files`) readable only by the
 * staff who may read the case; the bucket itself needs no public read.
 */
export function storagePlugins(env: Record<string, string | undefined> = process.env): Plugin[] {
  return [s3StoragePlugin(readObjectStorageSettings(env, 'S3_BUCKET'))]
}

export function s3StoragePlugin(settings: ObjectStorageSettings | null): Plugin {
  const prefix = settings?.prefix ?? ''
  const collections = Object.fromEntries(
    Object.entries(STORED_COLLECTIONS).map(([slug, folder]) => [slug, { prefix: `${prefix}${folder}` }]),
  ) as Record<keyof typeof STORED_COLLECTIONS, { prefix: string }>
  if (!settings)
    return s3Storage({ enabled: false, alwaysInsertFields: true, bucket: '', collections, config: {} })
  const adapter = s3Storage({
    bucket: settings.bucket,
    collections,
    config: s3ClientConfig(settings),
    // One client per bucket and endpoint: tests (and a restarted config) may point elsewhere.
    clientCacheKey: `s3:${settings.endpoint ?? 'aws'}:${settings.bucket}`,
  })
  return async (config: Config) => withFreshFileContext(await adapter(config))
}

/**
 * The cloud-storage plugin keeps the incoming file in `req.context` (so that its nested calls
 * still see it) and never clears it, and Payload's local API leaves `req.file` set after a call.
 * Our hooks and endpoints make several local-API calls with one `req`, which then see another
 * operation's file: a case's attachments linked after being created were all overwritten with
 * the first one; a video's poster, created inside the video's save, left the video itself never
 * uploaded. So each operation on a stored collection starts with no remembered file, and at its
 * end puts back what its caller had. The plugin's own metadata update (flagged
 * `skipCloudStorage`) is left alone: it belongs to its parent's save.
 */
const STACK = 'congStorageFiles'
type Remembered = { file?: PayloadRequest['file'] } | undefined

const rememberCallerFile: CollectionBeforeOperationHook = ({ req }) => {
  if (req.context.skipCloudStorage) return
  const stack = ((req.context[STACK] as Remembered[] | undefined) ??= [])
  stack.push(req.context._payloadCloudStorage as Remembered)
  delete req.context._payloadCloudStorage
}

const restoreCallerFile: CollectionAfterOperationHook = ({ req, result }) => {
  if (req.context.skipCloudStorage) return result
  const caller = (req.context[STACK] as Remembered[] | undefined)?.pop()
  if (caller) {
    req.context._payloadCloudStorage = caller
    req.file = caller.file
  } else {
    delete req.context._payloadCloudStorage
    req.file = undefined
  }
  return result
}

function withFreshFileContext(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug in STORED_COLLECTIONS
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [rememberCallerFile, ...(collection.hooks?.beforeOperation ?? [])],
              afterOperation: [...(collection.hooks?.afterOperation ?? []), restoreCallerFile],
            },
          }
        : collection,
    ),
  }
}
