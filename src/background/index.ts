import browser, { type Runtime } from '../shared/browser.js';
import { phraseBookFile, TOGGLE_COMMAND } from '../shared/constants.js';
import {
  isFromExtensionPage,
  isFromOwnContentScript,
  parseBackgroundRequest,
  parseContentReport,
  type BackgroundRequest,
  type ContentReport,
  type ReadyReply,
} from '../shared/messages.js';
import { loadSettings } from '../shared/storage.js';
import { showBadge } from './badge.js';
import { pingContent } from './content-script.js';
import { createMenu, MENU_ID } from './menu.js';
import { addSite, isAutoCleanSite, removeSite, syncRegisteredScripts } from './sites.js';
import { summarize, toggleCleanView } from './toggle.js';

/** The keyboard shortcut's handler; tests call it too (see `globalThis.siftRunCommand`). */
export async function runCommand(command: string, tabId: number | undefined): Promise<unknown> {
  if (command !== TOGGLE_COMMAND || tabId === undefined) return { status: 'error', message: 'unknown command' };
  return toggleCleanView(tabId);
}

async function handleRequest(request: BackgroundRequest): Promise<unknown> {
  switch (request.type) {
    case 'sift:toggle':
      return toggleCleanView(request.tabId);
    case 'sift:summary':
      return summarize(request.tabId);
    case 'sift:site-add': {
      const tab = await browser.tabs.get(request.tabId);
      const added = await addSite(tab.url);
      if (added.status === 'ok') await toggleCleanView(request.tabId, true);
      return added;
    }
    case 'sift:site-remove':
      await removeSite(request.origin);
      return { status: 'ok' };
    case 'sift:command':
      return runCommand(request.command, request.tabId);
  }
}

async function handleReport(report: ContentReport, sender: Runtime.MessageSender): Promise<ReadyReply | boolean | undefined> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  if (report.type === 'sift:state') {
    await showBadge(tabId, report.on, report.hiddenCount);
    return undefined;
  }
  if (report.type === 'sift:phrase-books') {
    // Into the frame that asked, beside its content script (the same isolated world).
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: report.langs.map(phraseBookFile) });
    return true;
  }
  const settings = await loadSettings();
  return { autoClean: await isAutoCleanSite(sender.tab?.url ?? sender.url), hide: settings.hide, readingLayout: settings.readingLayout };
}

const extensionBaseUrl = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const request = parseBackgroundRequest(message);
  if (request && isFromExtensionPage(sender, browser.runtime.id, extensionBaseUrl)) {
    return handleRequest(request).catch((error: unknown) => ({ status: 'error', message: String(error) }));
  }
  const report = parseContentReport(message);
  if (report && isFromOwnContentScript(sender, browser.runtime.id)) {
    return handleReport(report, sender).catch(() => undefined);
  }
  return undefined;
});

browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
  void (async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await runCommand(command, tabId);
  })().catch(() => undefined);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void toggleCleanView(tab.id).catch(() => undefined);
});

// After a navigation the badge must match the new document: ask its content script, if any.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'complete') return;
  void pingContent(tabId).then((state) => showBadge(tabId, state?.on ?? false, state?.hiddenCount ?? 0));
});

browser.runtime.onInstalled.addListener(() => {
  void createMenu();
  void syncRegisteredScripts().catch(() => undefined);
});
// A site permission revoked in the browser's own settings takes its registered script with it.
browser.permissions.onRemoved.addListener(() => {
  void syncRegisteredScripts().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => {
  void syncRegisteredScripts().catch(() => undefined);
});

// Tests drive the shortcut path through the very function the command listener calls.
(globalThis as { siftRunCommand?: typeof runCommand }).siftRunCommand = runCommand;
