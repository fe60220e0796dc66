/**
 * localStorage that never throws. In a sandboxed iframe without
 * `allow-same-origin` even reading `window.localStorage` throws a
 * SecurityError; with storage blocked or the quota full, `setItem` throws.
 * Callers then keep their state for the visit only.
 */
export function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Whether it was stored. */
export function writeJson(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
