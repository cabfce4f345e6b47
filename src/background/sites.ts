import browser from '../shared/browser.js';
import { loadSettings, saveSettings } from '../shared/storage.js';
import { originPattern, siteOrigin } from '../shared/settings.js';
import { CONTENT_SCRIPT_FILE } from './content-script.js';

const SCRIPT_ID_PREFIX = 'sift-site:';
const scriptId = (origin: string) => `${SCRIPT_ID_PREFIX}${origin}`;

async function hasPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

async function registeredIds(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.map((script) => script.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
}

/**
 * "Always clean this site": the popup has already asked for the origin's host permission (it must,
 * inside the click); here the site is stored and its content script registered.
 */
export async function addSite(url: string | undefined): Promise<{ status: 'ok'; origin: string } | { status: 'error'; message: string }> {
  const origin = siteOrigin(url);
  if (!origin) return { status: 'error', message: 'not a web page' };
  if (!(await hasPermission(origin))) return { status: 'error', message: 'permission not granted' };
  const settings = await loadSettings();
  if (!settings.sites.includes(origin)) await saveSettings({ ...settings, sites: [...settings.sites, origin] });
  await syncRegisteredScripts();
  return { status: 'ok', origin };
}

/** Removes a site: its registered script and its host permission go with it, then the stored entry. */
export async function removeSite(origin: string): Promise<void> {
  const id = scriptId(origin);
  if ((await registeredIds()).includes(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  try {
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    // A permission the manifest requires (test builds) cannot be removed; nothing else to do.
  }
  const settings = await loadSettings();
  await saveSettings({ ...settings, sites: settings.sites.filter((site) => site !== origin) });
}

/**
 * Makes the registered content scripts match the stored sites that still hold their permission.
 * Runs at start-up too, so a stale registration or a hand-edited storage heals itself.
 */
export async function syncRegisteredScripts(): Promise<void> {
  const settings = await loadSettings();
  const wanted = new Set<string>();
  for (const origin of settings.sites) if (await hasPermission(origin)) wanted.add(scriptId(origin));
  const present = new Set(await registeredIds());
  const stale = [...present].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = settings.sites.filter((origin) => wanted.has(scriptId(origin)) && !present.has(scriptId(origin)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: scriptId(origin),
        matches: [originPattern(origin)],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}

/** Whether a page's address belongs to a site the user asked to clean always. */
export async function isAutoCleanSite(url: string | undefined): Promise<boolean> {
  const origin = siteOrigin(url);
  if (!origin) return false;
  const settings = await loadSettings();
  return settings.sites.includes(origin);
}
