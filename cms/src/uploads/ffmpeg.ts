import { execFile } from 'node:child_process'
import path from 'node:path'
import { MEDIA_MESSAGES } from '../i18n/media'

/**
 * Reading uploaded video and audio with Debian's ffmpeg/ffprobe (docs/translation-and-multimedia.md,
 * "media-files"). ffmpeg is optional: without it an upload still succeeds and the editor enters
 * the duration and picks a poster, so every function here answers instead of throwing.
 *
 * Binaries: `FFPROBE_PATH` / `FFMPEG_PATH`, else ffprobe beside `FFMPEG_PATH`, else `PATH`. They
 * are read on every call, so a running server (and a test) sees a change without a restart.
 */

const PROBE_TIMEOUT_MS = 20_000
const POSTER_TIMEOUT_MS = 30_000
const MAX_POSTER_BYTES = 20 * 1024 * 1024

export function ffmpegBinary(): string {
  return process.env.FFMPEG_PATH?.trim() || 'ffmpeg'
}

export function ffprobeBinary(): string {
  const explicit = process.env.FFPROBE_PATH?.trim()
  if (explicit) return explicit
  const ffmpeg = process.env.FFMPEG_PATH?.trim()
  return ffmpeg && ffmpeg.includes(path.sep) ? path.join(path.dirname(ffmpeg), 'ffprobe') : 'ffprobe'
}

type RunResult =
  | { ok: true; stdout: Buffer }
  | { ok: false; missing: boolean; timedOut: boolean; stderr: string; code?: number | string | null }

function run(
  binary: string,
  args: string[],
  timeoutMs: number,
  maxBuffer = 4 * 1024 * 1024,
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      binary,
      args,
      { timeout: timeoutMs, maxBuffer, encoding: 'buffer', killSignal: 'SIGKILL', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout })
        const code = (error as NodeJS.ErrnoException).code
        resolve({
          ok: false,
          // EACCES: a path that is not an executable is as good as no ffmpeg.
          missing: code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR',
          timedOut: Boolean((error as { killed?: boolean }).killed) && !code,
          stderr: stderr.toString('utf8').trim(),
          code: code ?? null,
        })
      },
    )
  })
}

export type ProbeResult =
  | {
      ok: true
      durationSeconds: number
      width?: number
      height?: number
      hasVideo: boolean
      hasAudio: boolean
    }
  | { ok: false; reason: 'missing' | 'unreadable'; message: string; messageEn: string }

interface ProbeStream {
  codec_type?: string
  width?: number
  height?: number
  duration?: string
  disposition?: { attached_pic?: number }
}

interface ProbeOutput {
  format?: { duration?: string }
  streams?: ProbeStream[]
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? ''
  // ffprobe prefixes errors with the file's path: the editor knows which file they uploaded.
  return line.replace(/^.*?:\s(?=[A-Z])/, '').slice(0, 160)
}

function unreadable(detail: string): ProbeResult {
  const label = MEDIA_MESSAGES.unreadable(detail)
  return { ok: false, reason: 'unreadable', message: label.vi, messageEn: label.en }
}

export const FFMPEG_MISSING: ProbeResult = {
  ok: false,
  reason: 'missing',
  message: MEDIA_MESSAGES.ffmpegMissing.vi,
  messageEn: MEDIA_MESSAGES.ffmpegMissing.en,
}

/** Duration, frame size and which kinds of streams a file holds. */
export async function probeMedia(filePath: string): Promise<ProbeResult> {
  const result = await run(
    ffprobeBinary(),
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', filePath],
    PROBE_TIMEOUT_MS,
  )
  if (!result.ok) {
    if (result.missing) return FFMPEG_MISSING
    if (result.timedOut) return unreadable(MEDIA_MESSAGES.timedOut.vi)
    return unreadable(firstLine(result.stderr) || `ffprobe ${result.code ?? ''}`.trim())
  }
  let parsed: ProbeOutput
  try {
    parsed = JSON.parse(result.stdout.toString('utf8')) as ProbeOutput
  } catch {
    return unreadable('ffprobe')
  }
  const streams = parsed.streams ?? []
  // An MP3's cover art is a one-frame "video" stream: it does not make the file a video.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)
  const hasAudio = streams.some((s) => s.codec_type === 'audio')
  const durations = [parsed.format?.duration, ...streams.map((s) => s.duration)]
    .map((d) => Number(d))
    .filter((d) => Number.isFinite(d) && d > 0)
  if (durations.length === 0 || (!video && !hasAudio)) return unreadable('no audio or video stream')
  const durationSeconds =
    Number.isFinite(Number(parsed.format?.duration)) && Number(parsed.format?.duration) > 0
      ? Number(parsed.format?.duration)
      : Math.max(...durations)
  return {
    ok: true,
    durationSeconds,
    ...(video?.width && video.height ? { width: video.width, height: video.height } : {}),
    hasVideo: Boolean(video),
    hasAudio,
  }
}

async function frameAt(filePath: string, atSeconds: number): Promise<Buffer | null> {
  const result = await run(
    ffmpegBinary(),
    [
      '-v',
      'error',
      '-nostdin',
      // Before -i: a fast seek to the nearest key frame, then decoding to the exact time.
      '-ss',
      String(Math.max(0, atSeconds)),
      '-i',
      filePath,
      '-frames:v',
      '1',
      '-an',
      '-sn',
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-q:v',
      '3',
      'pipe:1',
    ],
    POSTER_TIMEOUT_MS,
    MAX_POSTER_BYTES,
  )
  if (!result.ok || result.stdout.length === 0) return null
  return result.stdout
}

/**
 * A JPEG of the frame at `atSeconds` (the first frame when the video is shorter), or null when
 * ffmpeg is missing or cannot decode the file.
 */
export async function posterFrame(filePath: string, atSeconds = 1): Promise<Buffer | null> {
  return (await frameAt(filePath, atSeconds)) ?? (atSeconds > 0 ? frameAt(filePath, 0) : null)
}

/** Whether both ffmpeg and ffprobe run. */
export async function ffmpegAvailable(): Promise<boolean> {
  const [ffmpeg, ffprobe] = await Promise.all([
    run(ffmpegBinary(), ['-version'], 5_000),
    run(ffprobeBinary(), ['-version'], 5_000),
  ])
  return ffmpeg.ok && ffprobe.ok
}
