import browser from '../shared/browser.js';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings.js';

/** Settings through the schema: garbage in storage reads as defaults, never as an error. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}
