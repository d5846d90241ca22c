import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { makeAvSamples } from '../../test/helpers/avFiles'
import { ffmpegAvailable, ffprobeBinary, posterFrame, probeMedia } from './ffmpeg'

let dir: string
const file = (name: string) => path.join(dir, name)
const saved = { FFPROBE_PATH: process.env.FFPROBE_PATH, FFMPEG_PATH: process.env.FFMPEG_PATH }

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cong-ffmpeg-test-'))
  const samples = makeAvSamples()
  writeFileSync(file('video.mp4'), samples.mp4)
  writeFileSync(file('audio.mp3'), samples.mp3)
  writeFileSync(file('speech.mp4'), samples.audioOnlyMp4)
  writeFileSync(file('not-media.mp4'), 'Đây là văn bản, không phải video.')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

describe('probeMedia', () => {
  it('reads a video: duration, frame size, both streams', async () => {
    const probe = await probeMedia(file('video.mp4'))
    expect(probe).toMatchObject({ ok: true, width: 320, height: 180, hasVideo: true, hasAudio: true })
    if (probe.ok) expect(probe.durationSeconds).toBeCloseTo(2, 0)
  })

  it('reads sound-only files as audio', async () => {
    for (const name of ['audio.mp3', 'speech.mp4']) {
      const probe = await probeMedia(file(name))
      expect(probe).toMatchObject({ ok: true, hasVideo: false, hasAudio: true })
      expect(probe).not.toHaveProperty('width')
    }
  })

  it('says a file it cannot read is unreadable, in both languages', async () => {
    const probe = await probeMedia(file('not-media.mp4'))
    expect(probe).toMatchObject({ ok: false, reason: 'unreadable' })
    if (!probe.ok) {
      expect(probe.message).toMatch(/^Máy chủ không đọc được tệp này/)
      expect(probe.messageEn).toMatch(/^The server could not read this file/)
    }
  })

  it('says ffmpeg is missing when the configured binary is not there', async () => {
    process.env.FFPROBE_PATH = '/nonexistent/ffprobe'
    expect(await probeMedia(file('video.mp4'))).toEqual({
      ok: false,
      reason: 'missing',
      message: 'Máy chủ chưa cài ffmpeg (gói Debian `ffmpeg`): hãy nhập thời lượng và chọn ảnh bìa.',
      messageEn: expect.stringContaining('ffmpeg is not installed'),
    })
    expect(await ffmpegAvailable()).toBe(false)
  })

  it('looks for ffprobe beside a configured ffmpeg', () => {
    delete process.env.FFPROBE_PATH
    process.env.FFMPEG_PATH = '/opt/ffmpeg/bin/ffmpeg'
    expect(ffprobeBinary()).toBe('/opt/ffmpeg/bin/ffprobe')
  })
})

describe('posterFrame', () => {
  it('makes a JPEG of the frame at 1 s, and of the first frame when asked past the end', async () => {
    for (const at of [1, 30]) {
      const jpeg = await posterFrame(file('video.mp4'), at)
      expect(jpeg?.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    }
  })

  it('gives null without ffmpeg or without pictures', async () => {
    expect(await posterFrame(file('audio.mp3'))).toBeNull()
    process.env.FFMPEG_PATH = '/nonexistent/ffmpeg'
    expect(await posterFrame(file('video.mp4'))).toBeNull()
  })

  it('finds ffmpeg and ffprobe on this machine', async () => {
    expect(await ffmpegAvailable()).toBe(true)
  })
})
