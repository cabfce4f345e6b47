import pkg from './package.json' with { type: 'json' };
import { TOGGLE_COMMAND } from './src/shared/constants.ts';

/** Which browser a build is for, and whether it is the test variant (see `manifestFor`). */
export type Target = 'chrome' | 'firefox';
export type Mode = 'release' | 'test';

export const GECKO_ID = 'sift@sift.invalid';
export const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'] as const;
/** "Always clean this site" asks for exactly one of these, narrowed to the site's origin. */
export const OPTIONAL_HOST_PERMISSIONS = ['http://*/*', 'https://*/*'] as const;
/**
 * Test builds only: headless tests cannot make the browser-UI gesture that grants `activeTab`,
 * so the test variant may touch pages served from localhost. Release builds have no host permission.
 */
export const TEST_HOST_PERMISSIONS = ['http://localhost/*', 'http://127.0.0.1/*'] as const;
export { TOGGLE_COMMAND };
export const CONTENT_SCRIPT_SOURCE = 'src/content/main.iife.ts';

// The manifest shape crxjs accepts; kept loose because Firefox adds keys Chrome's types lack.
type Manifest = Record<string, unknown> & { manifest_version: 3; name: string; version: string };

export function manifestFor(target: Target, mode: Mode = 'release'): Manifest {
  const background =
    target === 'firefox'
      ? { scripts: ['src/background/index.ts'], type: 'module' }
      : { service_worker: 'src/background/index.ts', type: 'module' };
  const manifest: Manifest = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Sift',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background,
    permissions: [...PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggle__',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
  };
  if (mode === 'test') manifest.host_permissions = [...TEST_HOST_PERMISSIONS];
  if (target === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  } else {
    manifest.minimum_chrome_version = '121';
  }
  return manifest;
}

/** Where each build is written: `dist/chrome`, `dist/firefox`, and `-test` variants for the e2e suites. */
export function outDirFor(target: Target, mode: Mode): string {
  return `dist/${target}${mode === 'test' ? '-test' : ''}`;
}
