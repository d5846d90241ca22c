import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Small real recordings made with Debian's ffmpeg for the multimedia tests: a 2-second test
 * pattern with a tone (MP4), and the tone alone (MP3). Made once per call into a temp dir that is
 * removed before returning.
 */
export function makeAvSamples(): { mp4: Buffer; mp3: Buffer; audioOnlyMp4: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cong-av-'))
  try {
    const out = (name: string) => path.join(dir, name)
    const ffmpeg = (args: string[]) =>
      execFileSync('ffmpeg', ['-v', 'error', '-y', ...args], { stdio: 'pipe' })
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'testsrc=d=2:s=320x180:r=10',
      '-f',
      'lavfi',
      '-i',
      'sine=d=2',
      '-shortest',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      '-c:a',
      'aac',
      out('video.mp4'),
    ])
    ffmpeg(['-f', 'lavfi', '-i', 'sine=d=3', '-c:a', 'libmp3lame', '-b:a', '64k', out('audio.mp3')])
    ffmpeg(['-f', 'lavfi', '-i', 'sine=d=2', '-c:a', 'aac', out('speech.mp4')])
    return {
      mp4: readFileSync(out('video.mp4')),
      mp3: readFileSync(out('audio.mp3')),
      audioOnlyMp4: readFileSync(out('speech.mp4')),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const GOOD_VTT = Buffer.from(
  [
    'WEBVTT',
    '',
    '1',
    '00:00:00.000 --> 00:00:01.000',
    'Xin chào.',
    '',
    '2',
    '00:00:01.000 --> 00:00:02.000',
    'Cảm ơn.',
    '',
  ].join('\n'),
  'utf8',
)
