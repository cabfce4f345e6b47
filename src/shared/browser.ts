/**
 * The only door to the extension APIs. webextension-polyfill is frozen (Chrome ships `browser`
 * natively since 148), so keeping it behind this one module lets it be dropped later.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus, Scripting, Permissions } from 'webextension-polyfill';
export default browser;
