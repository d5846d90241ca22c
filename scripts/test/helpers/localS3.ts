import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

/**
 * s3rver, a local S3-compatible server, with one empty bucket in a temporary folder: the CMS's
 * storage tests and the publisher's release-bucket tests run against it. s3rver accepts any
 * credentials and answers unsigned requests, so a test can read the bucket with plain fetch.
 */
export function localS3(bucket: string): {
  /** Starts the server; resolves to its endpoint URL (`http://127.0.0.1:<port>`). */
  start: () => Promise<string>
  stop: () => Promise<void>
  /** The `S3_*` variables that point at it (with the bucket variable the caller names). */
  env: (endpoint: string) => Record<string, string>
} {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'cong-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  return {
    start: async () => `http://127.0.0.1:${(await server.run()).port}`,
    stop: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
    env: (endpoint) => ({ S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }),
  }
}
