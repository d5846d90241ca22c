/**
 * How long the content checker takes on a long article, against its 50 ms budget (the admin
 * checks as the editor types). Run: `pnpm bench:checker`.
 *
 * The article is 5,000 words drawn from the checker's test corpus in a fixed pseudo-random
 * order, with a faulty sentence every 40 so that findings are built too.
 */
import { performance } from 'node:perf_hooks'
import { checkContent, type CheckInput } from '@cong/shared/checker'
import { CORRECT_SENTENCES } from '@cong/shared/checker/corpus/correct'
import { FAULTY_SAMPLES } from '@cong/shared/checker/corpus/faulty'
import { percentile } from './measure'

const TARGET_MS = 50
const WORDS = 5_000
const WARM_UP_RUNS = 10
const RUNS = 50
const SENTENCES_PER_PARAGRAPH = 5
const FAULTY_EVERY = 40

/** mulberry32: a small seeded generator, so every run checks the same article. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function article(): CheckInput {
  const next = random(8)
  const faulty = FAULTY_SAMPLES.flatMap((sample) => (sample.input.body ? [sample.input.body] : []))
  const sentences: string[] = []
  let words = 0
  while (words < WORDS) {
    const sentence =
      sentences.length % FAULTY_EVERY === FAULTY_EVERY - 1
        ? faulty[Math.floor(next() * faulty.length)]
        : CORRECT_SENTENCES[Math.floor(next() * CORRECT_SENTENCES.length)]
    sentences.push(sentence)
    words += sentence.split(/\s+/).length
  }
  const paragraphs: string[] = []
  for (let index = 0; index < sentences.length; index += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(sentences.slice(index, index + SENTENCES_PER_PARAGRAPH).join(' '))
  }
  return {
    title: 'Bộ Lao động - Thương binh và Xã hội tổng kết công tác năm 2026',
    sapo: CORRECT_SENTENCES[0],
    body: paragraphs.join('\n'),
    images: [{ alt: 'Toàn cảnh hội nghị' }, { alt: '', label: 'anh-2.jpg' }],
  }
}

function timed(input: CheckInput): { ms: number; findings: number } {
  const start = performance.now()
  const findings = checkContent(input).length
  return { ms: performance.now() - start, findings }
}

const input = article()
const words = input.body?.split(/\s+/).length ?? 0
const cold = timed(input)
for (let run = 0; run < WARM_UP_RUNS; run++) timed(input)
const times = Array.from({ length: RUNS }, () => timed(input).ms)

const format = (ms: number) => `${ms.toFixed(1).padStart(6)} ms`
const verdict = (ms: number) => (ms <= TARGET_MS ? 'ok' : 'OVER')
console.log(`checkContent: ${words} words, ${input.body?.length ?? 0} characters, ${cold.findings} findings`)
console.log(`first run ${format(cold.ms)}  (cold: syllable memo empty, code not optimised yet)`)
for (const [name, ms] of [
  ['p50', percentile(times, 50)],
  ['p95', percentile(times, 95)],
  ['max', Math.max(...times)],
] as const) {
  console.log(`${name.padEnd(9)} ${format(ms)}  target ${TARGET_MS} ms  ${verdict(ms)}`)
}
