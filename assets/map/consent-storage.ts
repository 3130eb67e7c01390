/**
 * Remembers whether the visitor agreed to load the background map – in localStorage, the only
 * thing the site stores (no cookie). Storage can be missing or throw (private modes, blocked
 * storage); then the choice lasts for the page view only.
 */

/** The localStorage key of the background-map choice. */
export const CONSENT_STORAGE_KEY = "gemeinsam-wirken:hintergrundkarte";

/** Reads the stored choice: true when the visitor agreed earlier. */
export function readBackgroundConsent(storage: Pick<Storage, "getItem"> | undefined, key = CONSENT_STORAGE_KEY): boolean {
  try {
    return storage?.getItem(key) === "ja";
  } catch {
    return false;
  }
}

/**
 * Stores the choice; withdrawing removes the key instead of storing a "no".
 *
 * @returns true when the storage now holds the choice, so the control can say whether the
 *   consent outlasts the page view
 */
export function writeBackgroundConsent(storage: Pick<Storage, "setItem" | "removeItem"> | undefined, agreed: boolean, key = CONSENT_STORAGE_KEY): boolean {
  if (!storage) return false;
  try {
    if (agreed) storage.setItem(key, "ja");
    else storage.removeItem(key);
    return true;
  } catch {
    // Storage blocked: the choice holds until the page is left.
    return false;
  }
}

/** `window.localStorage`, or undefined where even touching it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
