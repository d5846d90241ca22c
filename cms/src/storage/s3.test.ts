import { describe, expect, it } from 'vitest'
import type { CollectionConfig, Config } from 'payload'
import { STORED_COLLECTIONS, storagePlugins } from './s3'

const KEYS = { S3_ACCESS_KEY_ID: 'cong', S3_SECRET_ACCESS_KEY: 'secret-value' }

const upload = (slug: string): CollectionConfig => ({
  slug,
  upload: { staticDir: `/data/${slug}` },
  fields: [],
})

describe('storage plugins by environment', () => {
  const apply = async (env: Record<string, string>) => {
    const [plugin] = storagePlugins(env)
    const config = (await plugin!({
      collections: [...Object.keys(STORED_COLLECTIONS).map(upload), { slug: 'articles', fields: [] }],
    } as Config)) as Config
    return new Map(config.collections!.map((c) => [c.slug, c]))
  }
  const fieldNames = (collection: CollectionConfig) =>
    collection.fields.flatMap((f) => ('name' in f ? [f.name] : []))

  it('keeps files on the local disk without S3_BUCKET, with the same columns as with it', async () => {
    const bySlug = await apply({ S3_ENDPOINT: 'http://minio:9000', ...KEYS })
    for (const slug of Object.keys(STORED_COLLECTIONS)) {
      const collection = bySlug.get(slug)!
      expect(collection.upload, slug).toEqual({ staticDir: `/data/${slug}` })
      expect(fieldNames(collection), slug).toEqual(['url', 'prefix', '_objectKey'])
    }
    expect(bySlug.get('articles')).toEqual({ slug: 'articles', fields: [] })
  })

  it('refuses a bucket without its secret at start, in Vietnamese and English', () => {
    expect(() => storagePlugins({ S3_BUCKET: 'cong-media', S3_ACCESS_KEY_ID: 'cong' })).toThrow(
      /chưa đầy đủ \/ S3 storage is half-configured[\s\S]*S3_SECRET_ACCESS_KEY chưa được đặt \/ is not set/,
    )
  })

  it('moves the four upload collections, each to its folder, and leaves the others alone', async () => {
    const bySlug = await apply({
      S3_BUCKET: 'cong-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_PREFIX: 'bo',
      ...KEYS,
    })
    for (const [slug, folder] of Object.entries(STORED_COLLECTIONS)) {
      const collection = bySlug.get(slug)!
      expect(collection.upload, slug).toMatchObject({ disableLocalStorage: true })
      const prefix = collection.fields.find((f) => 'name' in f && f.name === 'prefix')
      expect(prefix, slug).toMatchObject({ defaultValue: `bo/${folder}` })
      expect(fieldNames(collection), slug).toEqual(['url', 'prefix', '_objectKey'])
      expect(collection.hooks?.beforeOperation?.length, slug).toBe(1)
      expect(collection.hooks?.afterOperation?.length, slug).toBe(1)
    }
    expect(bySlug.get('articles')).toEqual({ slug: 'articles', fields: [] })
  })
})
