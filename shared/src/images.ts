import type { SnapshotImage, SnapshotImageFile } from './snapshot'

/**
 * The renditions of an image for a `<picture>`: AVIF files (smaller, for browsers that take them)
 * and the rest (WebP and the original) for `<img srcset>`, each narrowest first, one per width.
 * Mixing formats in one srcset would let a browser pick a file it cannot decode.
 */
export function imageRenditions(image: SnapshotImage): { avif: SnapshotImageFile[]; fallback: SnapshotImageFile[] } {
  const byWidth = (files: SnapshotImageFile[]) =>
    files
      .filter((f, i, all) => all.findIndex((g) => g.width === f.width) === i)
      .sort((a, b) => a.width - b.width)
  const all = [...Object.values(image.sizes), image]
  const isAvif = (f: SnapshotImageFile) => /\.avif$/i.test(f.path)
  return { avif: byWidth(all.filter(isAvif)), fallback: byWidth(all.filter((f) => !isAvif(f))) }
}

export const srcsetOf = (files: SnapshotImageFile[]): string => files.map((f) => `${f.path} ${f.width}w`).join(', ')
