/**
 * Demo videos and recordings made at seed time with ffmpeg (Debian's package, installed by
 * scripts/setup/system-deps.sh when missing): a test pattern with the title, a tone. No downloads.
 * Subtitles are written as WebVTT text from the cues in data/albums.ts, so they exist with or
 * without ffmpeg. Without ffmpeg the seed still runs: videos become embeds and recordings are
 * skipped, and the seed says so.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Cue } from './data/albums'
import { wrap } from './documents'

const run = promisify(execFile)

/** The binary the CMS would use too (FFMPEG_PATH), else the one on PATH. */
const ffmpegBinary = (): string => process.env.FFMPEG_PATH || 'ffmpeg'

export async function ffmpegAvailable(): Promise<boolean> {
  try {
    await run(ffmpegBinary(), ['-hide_banner', '-version'], { timeout: 10_000 })
    return true
  } catch {
    return false
  }
}

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

export interface GeneratedMedia {
  filename: string
  mimetype: string
  data: Buffer
}

/** A scratch directory for one seed run's generated media, removed by `dispose`. */
export async function mediaWorkspace(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cong-seed-media-'))
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * A small H.264/AAC clip (640×360, 15 fps) of the test pattern with the title drawn on it when
 * DejaVu is installed; the title goes through a text file so no character needs escaping for the
 * filter graph.
 */
export async function demoVideo(
  dir: string,
  name: string,
  opts: { seconds: number; title: string; tone: number },
): Promise<GeneratedMedia> {
  const out = path.join(dir, `${name}.mp4`)
  const filters: string[] = []
  if (existsSync(FONT)) {
    const textFile = path.join(dir, `${name}.txt`)
    await writeFile(textFile, wrap(opts.title, 34).join('\n'))
    filters.push(
      `drawtext=fontfile=${FONT}:textfile=${textFile}:fontcolor=white:fontsize=22:line_spacing=6:box=1:boxcolor=0x12355bcc:boxborderw=14:x=(w-text_w)/2:y=56`,
    )
  }
  await run(
    ffmpegBinary(),
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=15:duration=${opts.seconds}`,
      '-f', 'lavfi', '-i', `sine=frequency=${opts.tone}:duration=${opts.seconds}`,
      ...(filters.length ? ['-vf', filters.join(',')] : []),
      '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '35', '-pix_fmt', 'yuv420p',
      '-c:a', 'aac', '-b:a', '48k', '-af', 'volume=0.2',
      '-movflags', '+faststart', '-shortest', out,
    ],
    { timeout: 60_000 },
  )
  return { filename: `${name}.mp4`, mimetype: 'video/mp4', data: await readFile(out) }
}

/** A quiet tone with a slow fade in and out, as MP3 (Debian's ffmpeg has LAME). */
export async function demoAudio(dir: string, name: string, opts: { seconds: number; tone: number }): Promise<GeneratedMedia> {
  const out = path.join(dir, `${name}.mp3`)
  await run(
    ffmpegBinary(),
    [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', `sine=frequency=${opts.tone}:duration=${opts.seconds}`,
      '-af', `volume=0.2,afade=t=in:d=1,afade=t=out:st=${Math.max(0, opts.seconds - 1)}:d=1`,
      '-c:a', 'libmp3lame', '-b:a', '64k', out,
    ],
    { timeout: 60_000 },
  )
  return { filename: `${name}.mp3`, mimetype: 'audio/mpeg', data: await readFile(out) }
}

/** "00:00:04.000" */
function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

/** WebVTT of the cues in one language, numbered. */
export function webVtt(cues: readonly Cue[], lang: 'vi' | 'en'): string {
  const blocks = cues.map((cue, i) => `${i + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.text[lang]}`)
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`
}

