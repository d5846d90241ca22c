/**
 * Memoise a function of a string. An article repeats a few thousand distinct words, so checking
 * each once makes the rules fast as the editor types; the bound keeps a long-lived server from
 * growing without limit on ever new text.
 */
export function memoise<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T
    const value = compute(key)
    if (cache.size >= limit) cache.clear()
    cache.set(key, value)
    return value
  }
}
