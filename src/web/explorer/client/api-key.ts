/**
 * The API key for servers that require one for reads (READS_REQUIRE_KEY). It is kept in
 * sessionStorage: it lasts as long as the tab and is never written into a URL or a cookie.
 */
const STORAGE_KEY = 'stancegraph.explorer.apiKey';

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the page still works for servers that need no key
  }
}

export function setApiKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(STORAGE_KEY, key);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to do: without storage the key cannot be kept
  }
}
