/**
 * Demo images drawn at seed time from SVG with sharp: no downloads, no network. Everything is
 * derived from a seed string, so a re-run produces the same file names (and the seed finds them
 * already uploaded) and the same pictures.
 */
import sharp from 'sharp'

export interface GeneratedImage {
  filename: string
  mimetype: string
  data: Buffer
  alt: { vi: string; en: string }
}

export const COVER_WIDTH = 1600
export const COVER_HEIGHT = 900
export const PORTRAIT_SIZE = 600

/** FNV-1a: a stable 32-bit hash of a string, for picking variants and seeding the generator. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a tiny deterministic generator, so shapes vary between variants but not between runs. */
export function randomFrom(seed: string): () => number {
  let state = hashString(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Palette {
  from: string
  to: string
  accent: string
  light: string
  name: { vi: string; en: string }
}

/** The agency's colours: the red and gold of state emblems, and a calmer blue-teal. */
const PALETTES: Palette[] = [
  {
    from: '#8f1d1d',
    to: '#d9480f',
    accent: '#f2c94c',
    light: '#fff3d6',
    name: { vi: 'đỏ cam', en: 'red and orange' },
  },
  {
    from: '#12355b',
    to: '#1f7a8c',
    accent: '#f2c94c',
    light: '#e8f1f2',
    name: { vi: 'xanh lam', en: 'blue and teal' },
  },
]

type Rand = () => number

interface Motif {
  /** What the picture shows, completed with the palette's colour in the alt text. */
  subject: { vi: string; en: string }
  draw: (p: Palette, rand: Rand) => string
}

const W = COVER_WIDTH
const H = COVER_HEIGHT
const round = (n: number) => Math.round(n)

const MOTIFS: Motif[] = [
  {
    subject: { vi: 'các tòa nhà cao tầng và mặt trời', en: 'stylised office buildings and a sun' },
    draw: (p, rand) => {
      let x = 80
      const shapes = [`<circle cx="1260" cy="260" r="130" fill="${p.accent}" opacity="0.9"/>`]
      while (x < W - 80) {
        const w = 90 + round(rand() * 110)
        const h = 220 + round(rand() * 420)
        shapes.push(
          `<rect x="${x}" y="${H - h}" width="${w}" height="${h}" fill="${p.light}" opacity="${(0.55 + rand() * 0.4).toFixed(2)}"/>`,
        )
        for (let wy = H - h + 30; wy < H - 40; wy += 60) {
          shapes.push(
            `<rect x="${x + 20}" y="${wy}" width="${w - 40}" height="14" fill="${p.from}" opacity="0.35"/>`,
          )
        }
        x += w + 18
      }
      return shapes.join('')
    },
  },
  {
    subject: { vi: 'ruộng bậc thang và mặt trời', en: 'terraced fields under a sun' },
    draw: (p, rand) => {
      const shapes = [`<circle cx="${300 + round(rand() * 900)}" cy="220" r="110" fill="${p.accent}"/>`]
      for (let i = 0; i < 6; i++) {
        const y = 420 + i * 85
        const a = 40 + rand() * 60
        shapes.push(
          `<path d="M0 ${y} C ${W * 0.25} ${y - a}, ${W * 0.5} ${y + a}, ${W} ${y - a / 2} L ${W} ${H} L 0 ${H} Z" fill="${p.light}" opacity="${(0.25 + i * 0.12).toFixed(2)}"/>`,
        )
      }
      return shapes.join('')
    },
  },
  {
    subject: { vi: 'biểu đồ cột tăng trưởng', en: 'a rising bar chart' },
    draw: (p, rand) => {
      const shapes: string[] = []
      const points: string[] = []
      for (let i = 0; i < 8; i++) {
        const h = 140 + i * 70 + round(rand() * 60)
        const x = 180 + i * 160
        shapes.push(
          `<rect x="${x}" y="${H - 80 - h}" width="100" height="${h}" rx="10" fill="${p.light}" opacity="0.85"/>`,
        )
        points.push(`${x + 50},${H - 130 - h}`)
      }
      shapes.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${p.accent}" stroke-width="12" stroke-linejoin="round"/>`,
      )
      for (const pt of points) {
        const [cx, cy] = pt.split(',')
        shapes.push(`<circle cx="${cx}" cy="${cy}" r="16" fill="${p.accent}"/>`)
      }
      shapes.push(`<rect x="140" y="${H - 80}" width="${W - 280}" height="8" fill="${p.light}"/>`)
      return shapes.join('')
    },
  },
  {
    subject: { vi: 'hình người lao động đứng cạnh nhau', en: 'figures of workers standing side by side' },
    draw: (p, rand) => {
      const shapes: string[] = []
      for (let i = 0; i < 7; i++) {
        const scale = 0.8 + rand() * 0.4
        const cx = 200 + i * 200
        const head = round(55 * scale)
        const bodyTop = round(H - 380 * scale)
        shapes.push(
          `<circle cx="${cx}" cy="${bodyTop - head - 20}" r="${head}" fill="${i % 3 === 1 ? p.accent : p.light}"/>`,
        )
        shapes.push(
          `<rect x="${cx - round(90 * scale)}" y="${bodyTop}" width="${round(180 * scale)}" height="${H - bodyTop + 40}" rx="${round(80 * scale)}" fill="${i % 3 === 1 ? p.accent : p.light}" opacity="0.9"/>`,
        )
      }
      return shapes.join('')
    },
  },
  {
    subject: { vi: 'chồng văn bản và con dấu', en: 'a stack of documents and a seal' },
    draw: (p, rand) => {
      const shapes: string[] = []
      for (let i = 0; i < 4; i++) {
        const angle = (rand() * 16 - 8).toFixed(1)
        const x = 420 + i * 40
        const y = 150 + i * 30
        shapes.push(`<g transform="rotate(${angle} ${x + 300} ${y + 300})">`)
        shapes.push(
          `<rect x="${x}" y="${y}" width="600" height="640" rx="18" fill="${p.light}" opacity="${(0.6 + i * 0.12).toFixed(2)}"/>`,
        )
        for (let line = 0; line < 9; line++) {
          const width = line === 0 ? 300 : 420 + round(rand() * 80)
          shapes.push(
            `<rect x="${x + 60}" y="${y + 80 + line * 56}" width="${width}" height="16" rx="8" fill="${p.from}" opacity="0.3"/>`,
          )
        }
        shapes.push('</g>')
      }
      shapes.push(`<circle cx="1150" cy="640" r="120" fill="none" stroke="${p.accent}" stroke-width="22"/>`)
      shapes.push(`<circle cx="1150" cy="640" r="70" fill="${p.accent}" opacity="0.8"/>`)
      return shapes.join('')
    },
  },
  {
    subject: { vi: 'tấm khiên bảo vệ có dấu tích', en: 'a protective shield with a tick' },
    draw: (p, rand) => {
      const rings = Array.from({ length: 4 }, (_, i) => {
        const r = 300 + i * 110 + round(rand() * 30)
        return `<circle cx="800" cy="450" r="${r}" fill="none" stroke="${p.light}" stroke-width="6" opacity="${(0.35 - i * 0.07).toFixed(2)}"/>`
      })
      return [
        ...rings,
        `<path d="M800 150 L1040 240 L1040 470 C1040 620 930 720 800 770 C670 720 560 620 560 470 L560 240 Z" fill="${p.light}"/>`,
        `<path d="M690 460 L780 550 L930 380" fill="none" stroke="${p.accent}" stroke-width="44" stroke-linecap="round" stroke-linejoin="round"/>`,
      ].join('')
    },
  },
]

export const COVER_VARIANTS = MOTIFS.length * PALETTES.length

export const coverFilename = (variant: number): string =>
  `demo-cover-${String(variant + 1).padStart(2, '0')}.jpg`
export const portraitFilename = (slug: string): string => `demo-portrait-${slug}.jpg`
export const LOGO_FILENAME = 'demo-logo.png'

export async function coverImage(variant: number): Promise<GeneratedImage> {
  const motif = MOTIFS[variant % MOTIFS.length]
  const palette = PALETTES[Math.floor(variant / MOTIFS.length) % PALETTES.length]
  const rand = randomFrom(`cover-${variant}`)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${motif.draw(palette, rand)}
</svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
  return {
    filename: coverFilename(variant),
    mimetype: 'image/jpeg',
    data,
    alt: {
      vi: `Ảnh minh họa: ${motif.subject.vi} trên nền ${palette.name.vi}`,
      en: `Illustration: ${motif.subject.en} on a ${palette.name.en} background`,
    },
  }
}

/** "Trần Minh Khải" → "TK": family name and given name, as name badges in agencies show them. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/)
  const first = words[0]?.[0] ?? ''
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : ''
  return (first + last).toLocaleUpperCase('vi')
}

const PORTRAIT_COLOURS = ['#8f1d1d', '#12355b', '#1f7a8c', '#6b4f1d', '#3d5a3b', '#5b2a6e']

/** A placeholder portrait: initials on a coloured disc (DejaVu Sans, which the setup script installs). */
export async function portraitImage(name: string, slug: string): Promise<GeneratedImage> {
  const colour = PORTRAIT_COLOURS[hashString(slug) % PORTRAIT_COLOURS.length]
  const s = PORTRAIT_SIZE
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
<rect width="${s}" height="${s}" fill="#f4efe6"/>
<circle cx="${s / 2}" cy="${s / 2}" r="${s * 0.42}" fill="${colour}"/>
<text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${s * 0.3}" font-weight="bold" fill="#ffffff">${initialsOf(name)}</text>
</svg>`
  return {
    filename: portraitFilename(slug),
    mimetype: 'image/jpeg',
    data: await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer(),
    alt: { vi: `Ảnh chân dung minh họa của ${name}`, en: `Placeholder portrait of ${name}` },
  }
}

/**
 * The portal's mark: a gold gateway (Cổng) on a blue tile. Deliberately not a star on red, which
 * would read as a state emblem that a demo must not imitate.
 */
export async function logoImage(siteName: { vi: string; en: string }): Promise<GeneratedImage> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<rect x="16" y="16" width="480" height="480" rx="96" fill="#12355b"/>
<path d="M126 400 V236 A130 130 0 0 1 386 236 V400 H326 V246 A70 70 0 0 0 186 246 V400 Z" fill="#f2c94c"/>
<rect x="96" y="400" width="320" height="36" rx="12" fill="#f2c94c"/>
<circle cx="256" cy="150" r="18" fill="#12355b"/>
</svg>`
  return {
    filename: LOGO_FILENAME,
    mimetype: 'image/png',
    data: await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer(),
    alt: { vi: `Biểu trưng ${siteName.vi}`, en: `Logo of ${siteName.en}` },
  }
}
