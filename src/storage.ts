/**
 * localStorage that never throws. In a sandboxed iframe without
 * `allow-same-origin` even reading `window.localStorage` throws a
 * SecurityError; with storage blocked or the quota full, `setItem` throws.
 * Callers then keep their state for the visit only.
 */
function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readJson(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Returns whether the value was stored. */
export function writeJson(key: string, value: unknown): boolean {
  try {
    const store = storage();
    store?.setItem(key, JSON.stringify(value));
    return !!store;
  } catch {
    return false;
  }
}
