import { describe, expect, it } from 'vitest'
import { readObjectStorageSettings, s3ClientConfig } from './objectStorage'

const KEYS = { S3_ACCESS_KEY_ID: 'cong-media', S3_SECRET_ACCESS_KEY: 'a-long-secret-value' }

describe('object storage settings from the environment', () => {
  it.each([
    ['no bucket: local disk', {}, null],
    ['a blank bucket counts as none', { S3_BUCKET: '  ', ...KEYS }, null],
    [
      'AWS with a role: no endpoint, no key',
      { S3_BUCKET: 'cong-media' },
      { bucket: 'cong-media', region: 'us-east-1', forcePathStyle: false, prefix: '' },
    ],
    [
      'a self-hosted server: path style by default',
      { S3_BUCKET: 'cong-media', S3_ENDPOINT: 'http://127.0.0.1:9000', ...KEYS },
      {
        bucket: 'cong-media',
        endpoint: 'http://127.0.0.1:9000',
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'cong-media', secretAccessKey: 'a-long-secret-value' },
        prefix: '',
      },
    ],
    [
      'path style turned off, region and prefix given',
      {
        S3_BUCKET: 'cong',
        S3_ENDPOINT: 'https://s3.example.vn',
        S3_FORCE_PATH_STYLE: 'false',
        S3_REGION: 'hn-1',
        S3_PREFIX: 'bo/media',
        ...KEYS,
      },
      {
        bucket: 'cong',
        endpoint: 'https://s3.example.vn',
        region: 'hn-1',
        forcePathStyle: false,
        prefix: 'bo/media/',
      },
    ],
  ])('%s', (_label, env, expected) => {
    const settings = readObjectStorageSettings(env, 'S3_BUCKET')
    if (expected === null) expect(settings).toBeNull()
    else expect(settings).toMatchObject(expected)
  })

  it('reads the release bucket and its own prefix with the same connection settings', () => {
    const env = {
      S3_BUCKET: 'cong-media',
      RELEASE_S3_BUCKET: 'cong-site',
      RELEASE_S3_PREFIX: 'site/',
      S3_PREFIX: 'media',
      ...KEYS,
    }
    expect(readObjectStorageSettings(env, 'RELEASE_S3_BUCKET')).toMatchObject({
      bucket: 'cong-site',
      prefix: 'site/',
    })
    expect(readObjectStorageSettings({ S3_BUCKET: 'cong-media', ...KEYS }, 'RELEASE_S3_BUCKET')).toBeNull()
  })

  it.each([
    [
      'a key id without its secret',
      { S3_ACCESS_KEY_ID: 'k' },
      /S3_SECRET_ACCESS_KEY chưa được đặt \/ is not set/,
    ],
    [
      'a secret without its key id',
      { S3_SECRET_ACCESS_KEY: 's' },
      /S3_ACCESS_KEY_ID chưa được đặt \/ is not set/,
    ],
    ['an endpoint without credentials', { S3_ENDPOINT: 'http://minio:9000' }, /needs a key/],
    [
      'an endpoint that is not a URL',
      { S3_ENDPOINT: 'minio:9000', ...KEYS },
      /S3_ENDPOINT: .* must be an http\(s\) URL/,
    ],
    ['an endpoint on another protocol', { S3_ENDPOINT: 'ftp://minio', ...KEYS }, /must be an http\(s\) URL/],
    ['an unreadable path-style flag', { S3_FORCE_PATH_STYLE: 'yes', ...KEYS }, /must be true or false/],
    [
      'a prefix with a leading slash',
      { S3_PREFIX: '/media', ...KEYS },
      /S3_PREFIX: .* not a valid key prefix/,
    ],
  ])('refuses %s, in Vietnamese and English', (_label, env, message) => {
    expect(() => readObjectStorageSettings({ S3_BUCKET: 'cong-media', ...env }, 'S3_BUCKET')).toThrow(
      /Cấu hình lưu trữ S3 chưa đầy đủ \/ S3 storage is half-configured \(S3_BUCKET is set\)/,
    )
    expect(() => readObjectStorageSettings({ S3_BUCKET: 'cong-media', ...env }, 'S3_BUCKET')).toThrow(message)
  })

  it.each(['Cong_Media', 'ab', 'cong media', '-cong'])('refuses the bucket name %j', (bucket) => {
    expect(() => readObjectStorageSettings({ S3_BUCKET: bucket, ...KEYS }, 'S3_BUCKET')).toThrow(
      /not a valid bucket name/,
    )
  })

  it('lists every problem at once', () => {
    expect(() =>
      readObjectStorageSettings(
        { S3_BUCKET: 'cong', S3_ENDPOINT: 'nope', S3_ACCESS_KEY_ID: 'k' },
        'S3_BUCKET',
      ),
    ).toThrow(/must be an http\(s\) URL[\s\S]*S3_SECRET_ACCESS_KEY chưa được đặt/)
  })

  it('asks for checksums only where S3 requires them, for older S3-compatible servers', () => {
    const settings = readObjectStorageSettings(
      { S3_BUCKET: 'cong', S3_ENDPOINT: 'http://127.0.0.1:9000', ...KEYS },
      'S3_BUCKET',
    )!
    expect(s3ClientConfig(settings)).toEqual({
      region: 'us-east-1',
      forcePathStyle: true,
      endpoint: 'http://127.0.0.1:9000',
      credentials: { accessKeyId: 'cong-media', secretAccessKey: 'a-long-secret-value' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
  })
})
