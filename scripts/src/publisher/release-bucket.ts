import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  CopyObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import {
  readObjectStorageSettings,
  s3ClientConfig,
  type ObjectStorageSettings,
} from '@cong/shared/objectStorage'
import { cacheControlFor, contentTypeFor } from './static-server'
import { META_DIR } from './releases'

/**
 * Where a release goes live besides the local disk: a copy of it in a bucket (the CDN's origin).
 * `publish` runs before the local `current` switch, so a failed upload fails the switch and both
 * pointers stay on the previous release.
 */
export interface ReleaseMirror {
  /** Makes release `id` (the folder `dir`) complete in the mirror, then points the mirror at it. */
  publish(id: string, dir: string): Promise<void>
  /** For logs and `ops status`: where the mirror is. */
  readonly location: string
}

/** The pointer object a CDN reads: which release is live. */
export interface ReleasePointer {
  release: string
  at: string
  previous: string | null
}

/** Bucket layout, under the optional `RELEASE_S3_PREFIX`. */
export const POINTER_KEY = 'current.json'
export const releaseKeyPrefix = (id: string) => `releases/${id}/`
/** Written after every file of the release: its presence means the release is complete there. */
export const releaseMarkerKey = (id: string) => `releases/${id}.json`

const UPLOADS_IN_FLIGHT = 8
/**
 * Unchanged files at least this big are copied inside the bucket rather than sent again. A small
 * file costs one request either way, and a server-side copy is no faster than a small PUT (against
 * s3rver, 2,000 5 KB pages took 8.6 s to send and 15.4 s to copy).
 */
export const COPY_MIN_BYTES = 256 * 1024

/**
 * The release mirror configured by `RELEASE_S3_BUCKET` and the shared `S3_*` connection
 * variables, or null when no release bucket is set (releases stay on the local disk only).
 */
export function releaseMirrorFromEnv(
  env: Record<string, string | undefined> = process.env,
): ReleaseMirror | null {
  const settings = readObjectStorageSettings(env, 'RELEASE_S3_BUCKET')
  return settings ? new S3ReleaseMirror(settings) : null
}

export class S3ReleaseMirror implements ReleaseMirror {
  readonly location: string

  constructor(
    private readonly settings: ObjectStorageSettings,
    private readonly client: S3Client = new S3Client(s3ClientConfig(settings)),
  ) {
    this.location = `s3://${settings.bucket}/${settings.prefix}`
  }

  async publish(id: string, dir: string): Promise<void> {
    const previous = (await this.pointer())?.release ?? null
    if (previous !== id && !(await this.exists(releaseMarkerKey(id)))) await this.upload(id, dir, previous)
    // One PUT: a CDN reading the pointer sees the old release or the new one, never a mix, since
    // a release's objects are all in place before and never rewritten after.
    const pointer: ReleasePointer = { release: id, at: new Date().toISOString(), previous }
    await this.put(POINTER_KEY, JSON.stringify(pointer), 'application/json; charset=utf-8', 'no-cache')
  }

  /** The live release according to the bucket, null before the first publish. */
  async pointer(): Promise<ReleasePointer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(POINTER_KEY) }),
      )
      return JSON.parse(await object.Body!.transformToString()) as ReleasePointer
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  /**
   * Uploads what the bucket lacks. A file already there for this release with the same content
   * (an upload interrupted earlier) is skipped; a large one whose path and content are unchanged
   * since the previous release (images, documents, search index chunks) is copied inside the
   * bucket instead of sent again.
   */
  private async upload(id: string, dir: string, previous: string | null): Promise<void> {
    const [already, before] = await Promise.all([
      this.etags(releaseKeyPrefix(id)),
      previous ? this.etags(releaseKeyPrefix(previous)) : Promise.resolve(new Map<string, string>()),
    ])
    const files = await releaseFiles(dir)
    let next = 0
    let failed = false
    const worker = async () => {
      while (next < files.length && !failed) {
        const rel = files[next++]!
        const body = await readFile(path.join(dir, rel))
        const md5 = createHash('md5').update(body).digest()
        const etag = md5.toString('hex')
        if (already.get(rel) === etag) continue
        const key = this.key(releaseKeyPrefix(id) + rel)
        if (previous && body.length >= COPY_MIN_BYTES && before.get(rel) === etag) {
          await this.client.send(
            new CopyObjectCommand({
              Bucket: this.settings.bucket,
              Key: key,
              CopySource: copySource(this.settings.bucket, this.key(releaseKeyPrefix(previous) + rel)),
            }),
          )
        } else {
          await this.client.send(
            new PutObjectCommand({
              Bucket: this.settings.bucket,
              Key: key,
              Body: body,
              ContentType: contentTypeFor(rel) ?? 'application/octet-stream',
              CacheControl: cacheControlFor(rel),
              // The server refuses a body that arrived different from what was read here.
              ContentMD5: md5.toString('base64'),
            }),
          )
        }
      }
    }
    // After a failure no new file starts, and the error is thrown once the uploads in flight have
    // ended: nothing of this publish is still writing to the bucket when the switch is refused.
    const results = await Promise.allSettled(
      Array.from({ length: Math.min(UPLOADS_IN_FLIGHT, files.length) }, () =>
        worker().catch((error: unknown) => {
          failed = true
          throw error
        }),
      ),
    )
    const failure = results.find((result) => result.status === 'rejected')
    if (failure) throw failure.reason
    const manifest = await readFile(path.join(dir, META_DIR, 'release.json'), 'utf8').catch(() =>
      JSON.stringify({ id }),
    )
    await this.put(releaseMarkerKey(id), manifest, 'application/json; charset=utf-8', 'no-cache')
  }

  /** Relative path → content MD5 of the objects under `prefix` (single-part uploads' ETag). */
  private async etags(prefix: string): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    let token: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.settings.bucket,
          Prefix: this.key(prefix),
          ContinuationToken: token,
        }),
      )
      for (const object of page.Contents ?? []) {
        if (object.Key && object.ETag)
          found.set(object.Key.slice(this.key(prefix).length), object.ETag.replaceAll('"', ''))
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return found
  }

  private async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }))
      return true
    } catch (error) {
      if (isNotFound(error)) return false
      throw error
    }
  }

  private async put(key: string, body: string, contentType: string, cacheControl: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.key(key),
        Body: body,
        ContentType: contentType,
        CacheControl: cacheControl,
      }),
    )
  }

  private key(relative: string): string {
    return this.settings.prefix + relative
  }
}

/** Every file of a release, as POSIX paths relative to it; the publisher's `.cong/` stays local. */
async function releaseFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith(`${META_DIR}/`))
    .sort()
}

function copySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}
