/**
 * S3-compatible object storage settings, read from the environment by the CMS (uploads, bucket in
 * `S3_BUCKET`) and by the publisher (releases, bucket in `RELEASE_S3_BUCKET`). Both share the
 * connection variables, so one storage account serves both. A bucket that is set but cannot work
 * (credentials half given, an endpoint that is not a URL) stops the process at start with a
 * message in Vietnamese and English, rather than failing at the first upload hours later.
 */
import { z } from 'zod'

export interface ObjectStorageSettings {
  bucket: string
  /** Unset for AWS itself; the URL of MinIO, Ceph or a provider's S3-compatible service otherwise. */
  endpoint?: string
  region: string
  forcePathStyle: boolean
  /** Unset on AWS with an instance or task role (the SDK's default credential chain). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** Key prefix inside the bucket ('' or ending in '/'), so one bucket can hold several things. */
  prefix: string
}

export type BucketVariable = 'S3_BUCKET' | 'RELEASE_S3_BUCKET'

const PREFIX_OF: Record<BucketVariable, string> = {
  S3_BUCKET: 'S3_PREFIX',
  RELEASE_S3_BUCKET: 'RELEASE_S3_PREFIX',
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const envSchema = (bucketVar: BucketVariable) =>
  z.object({
    [bucketVar]: z
      .string()
      .trim()
      // S3's bucket naming rules: also what MinIO and Ceph accept.
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
        message: `${bucketVar}: tên bucket không hợp lệ / not a valid bucket name (3–63 lowercase letters, digits, '.' or '-')`,
      }),
    S3_ENDPOINT: z.preprocess(
      blankToUndefined,
      z
        .url({
          protocol: /^https?$/,
          message: 'S3_ENDPOINT: phải là URL http(s) / must be an http(s) URL, e.g. https://s3.example.vn',
        })
        .optional(),
    ),
    S3_REGION: z.preprocess(blankToUndefined, z.string().trim().min(1).default('us-east-1')),
    S3_FORCE_PATH_STYLE: z.preprocess(
      blankToUndefined,
      z
        .enum(['true', 'false', '1', '0'], {
          message: 'S3_FORCE_PATH_STYLE: chỉ nhận true hoặc false / must be true or false',
        })
        .optional(),
    ),
    S3_ACCESS_KEY_ID: z.preprocess(blankToUndefined, z.string().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess(blankToUndefined, z.string().optional()),
    [PREFIX_OF[bucketVar]]: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, {
          message: `${PREFIX_OF[bucketVar]}: tiền tố khóa không hợp lệ / not a valid key prefix (e.g. cong/releases)`,
        })
        .optional(),
    ),
  })

/**
 * The settings for the bucket named by `bucketVar`, or null when that bucket is not set (the
 * single-machine default: local disk). Throws one Error listing every problem.
 */
export function readObjectStorageSettings(
  env: Record<string, string | undefined>,
  bucketVar: BucketVariable,
): ObjectStorageSettings | null {
  if (!env[bucketVar]?.trim()) return null
  const parsed = envSchema(bucketVar).safeParse(env)
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)
  const keyId = blankToUndefined(env.S3_ACCESS_KEY_ID)
  const secret = blankToUndefined(env.S3_SECRET_ACCESS_KEY)
  if (Boolean(keyId) !== Boolean(secret)) {
    problems.push(
      `${keyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} chưa được đặt / is not set: ` +
        'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    )
  } else if (!keyId && blankToUndefined(env.S3_ENDPOINT)) {
    // The SDK's default chain (instance roles) exists only on AWS: a self-hosted server would
    // refuse every request, and the first upload is where it would show.
    problems.push(
      'S3_ACCESS_KEY_ID và S3_SECRET_ACCESS_KEY chưa được đặt / are not set, but S3_ENDPOINT is: ' +
        'an S3-compatible server needs a key (only AWS can use an instance role)',
    )
  }
  if (!parsed.success || problems.length) {
    throw new Error(
      `Cấu hình lưu trữ S3 chưa đầy đủ / S3 storage is half-configured (${bucketVar} is set):\n- ${problems.join('\n- ')}`,
    )
  }
  const data = parsed.data as Record<string, string | undefined>
  const prefix = data[PREFIX_OF[bucketVar]]
  return {
    bucket: data[bucketVar]!,
    ...(data.S3_ENDPOINT ? { endpoint: data.S3_ENDPOINT } : {}),
    region: data.S3_REGION!,
    // Self-hosted servers rarely have per-bucket DNS names: path style is their default.
    forcePathStyle:
      data.S3_FORCE_PATH_STYLE === undefined
        ? Boolean(data.S3_ENDPOINT)
        : ['true', '1'].includes(data.S3_FORCE_PATH_STYLE),
    ...(keyId && secret
      ? { credentials: { accessKeyId: keyId as string, secretAccessKey: secret as string } }
      : {}),
    prefix: prefix ? (prefix.endsWith('/') ? prefix : `${prefix}/`) : '',
  }
}

/**
 * The AWS SDK client options for these settings. Checksums are sent only where S3 requires them:
 * the SDK's newer default (a CRC trailer on every upload) is refused by older S3-compatible
 * servers, and AWS accepts both.
 */
export function s3ClientConfig(settings: ObjectStorageSettings) {
  return {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
  }
}
