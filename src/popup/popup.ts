import browser from '../shared/browser.js';
import { el, t, uiLanguage } from '../shared/i18n.js';
import type { HiddenBlock, PageSummary, SummaryResult, ToggleResult } from '../shared/messages.js';
import { loadSettings } from '../shared/storage.js';
import { originPattern, siteOrigin } from '../shared/settings.js';
import type { Label } from '../classifier/types.js';
import { articleAsMarkdown, articleAsText, metaParts, paragraphs } from './article-format.js';
import { summaryLine } from './summary-line.js';
import { targetTab } from './target-tab.js';

/** Kinds that ask the reader for something: "no appeals found" means none of these. */
const APPEAL_KINDS: Label[] = ['donation_appeal', 'subscription_upsell', 'paywall', 'newsletter'];

const app = document.getElementById('app')!;
const status = el('p', { className: 'status', attrs: { id: 'status', role: 'status', 'aria-live': 'polite' } });

function say(text: string): void {
  status.textContent = text;
}

function send<T>(message: unknown): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

function header(): HTMLElement {
  const settings = el('button', { className: 'link', text: t('popupSettings'), attrs: { type: 'button', id: 'open-settings' } });
  settings.addEventListener('click', () => void browser.runtime.openOptionsPage().catch(() => undefined));
  return el('header', {}, [el('h1', { text: 'Sift' }), settings]);
}

function message(id: string, text: string): HTMLElement {
  return el('p', { className: 'message', text, attrs: { id } });
}

function paywallSection(summary: PageSummary): HTMLElement {
  const { paywall } = summary;
  const evidence = paywall.evidence.length
    ? el('ul', { className: 'evidence' }, paywall.evidence.map((e) => el('li', { text: e.reason, attrs: { title: e.ruleId } })))
    : el('p', { className: 'muted', text: t('popupNoEvidence') });
  return el('section', { attrs: { id: 'paywall', 'aria-labelledby': 'paywall-h' } }, [
    el('h2', { text: t('popupPaywallHeading'), attrs: { id: 'paywall-h' } }),
    el('p', { className: `verdict verdict-${paywall.type}`, text: t(`paywall_${paywall.type}`), attrs: { 'data-paywall': paywall.type } }),
    evidence,
  ]);
}

function blocksSection(summary: PageSummary): HTMLElement {
  const heading = el('h2', { text: summary.on ? t('popupHiddenHeading') : t('popupToHideHeading'), attrs: { id: 'blocks-h' } });
  const section = el('section', { attrs: { id: 'blocks', 'aria-labelledby': 'blocks-h' } }, [heading]);
  if (!summary.blocks.length) {
    section.append(message('nothing-to-hide', t('popupNothingToHide')));
    return section;
  }
  if (!summary.blocks.some((block) => APPEAL_KINDS.includes(block.label))) section.append(message('no-appeals', t('popupNoAppeals')));
  const byKind = new Map<Label, HiddenBlock[]>();
  for (const block of summary.blocks) byKind.set(block.label, [...(byKind.get(block.label) ?? []), block]);
  for (const [label, blocks] of byKind) {
    const list = el(
      'ol',
      {},
      // Each rule's reason on a line of its own: a run of appeal paragraphs hidden as one block
      // gives the reasons of every rule that fired in it, nine sentences on the seed page.
      blocks.map((block) => el('li', {}, [el('q', { text: block.text || '…' }), el('ul', { className: 'reasons' }, block.reasons.map((reason) => el('li', { className: 'reason', text: reason })))])),
    );
    const count = el('span', { className: 'count', text: String(blocks.length) });
    section.append(el('details', { attrs: { 'data-kind': label } }, [el('summary', {}, [t(`label_${label}`), ' ', count]), list]));
  }
  return section;
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(t('popupCopied'));
  } catch {
    say(t('popupCopyFailed'));
  }
}

function articleSection(summary: PageSummary): HTMLElement {
  const { article } = summary;
  const section = el('section', { attrs: { id: 'article', 'aria-labelledby': 'article-h' } }, [
    el('h2', { text: t('popupArticleHeading'), attrs: { id: 'article-h' } }),
  ]);
  if (article.absentReason || !article.text.trim()) {
    section.append(message('no-article', t('popupNoArticle')));
    if (article.absentReason) section.append(el('p', { className: 'muted', text: article.absentReason }));
    return section;
  }
  const readingTime = t('popupReadingTime', String(article.readingMinutes));
  const body = el('div', { className: 'article-body', attrs: { lang: article.lang || '' } }, paragraphs(article.text).map((p) => el('p', { text: p })));
  const copyText = el('button', { text: t('popupCopyText'), attrs: { type: 'button', id: 'copy-text' } });
  const copyMarkdown = el('button', { text: t('popupCopyMarkdown'), attrs: { type: 'button', id: 'copy-markdown' } });
  copyText.addEventListener('click', () => void copy(articleAsText(article, summary.url, readingTime)));
  copyMarkdown.addEventListener('click', () => void copy(articleAsMarkdown(article, summary.url, readingTime)));
  section.append(
    el('h3', { className: 'title', text: article.title || article.siteName }),
    el('p', { className: 'meta muted', text: metaParts(article, readingTime, uiLanguage()).join(' · ') }),
    el('div', { className: 'row' }, [copyText, copyMarkdown]),
    body,
  );
  return section;
}

function controls(tabId: number, url: string | undefined, summary: PageSummary, autoSite: boolean): HTMLElement {
  const toggle = el('button', {
    className: 'primary',
    text: summary.on ? t('popupTurnOff') : t('popupTurnOn'),
    attrs: { type: 'button', id: 'toggle', 'aria-pressed': String(summary.on) },
  });
  toggle.addEventListener('click', () => {
    toggle.disabled = true;
    void send<ToggleResult>({ type: 'sift:toggle', tabId })
      .then((result) => (result?.status === 'ok' ? render(tabId, url) : say(t('popupError'))))
      .catch(() => say(t('popupError')))
      .finally(() => (toggle.disabled = false));
  });
  // Without an article there is nothing to keep: clean view would blank the page, so it stays off.
  if (!summary.on && summary.article.absentReason) {
    toggle.disabled = true;
    toggle.setAttribute('aria-describedby', 'no-article');
  }
  const row = el('div', { className: 'row controls' }, [toggle]);
  const origin = siteOrigin(url);
  if (origin) {
    const always = el('button', { text: autoSite ? t('popupAlwaysCleanActive') : t('popupAlwaysClean'), attrs: { type: 'button', id: 'always-clean' } });
    always.disabled = autoSite;
    always.addEventListener('click', () => {
      // The permission request must be the first thing the click does (it needs the user gesture).
      const granted = browser.permissions.request({ origins: [originPattern(origin)] });
      void granted
        .then(async (ok) => {
          if (!ok) return say(t('popupAlwaysCleanDenied'));
          const added = await send<{ status: string }>({ type: 'sift:site-add', tabId });
          if (added?.status === 'ok') await render(tabId, url);
          else say(t('popupAlwaysCleanDenied'));
        })
        .catch(() => say(t('popupAlwaysCleanDenied')));
    });
    row.append(always);
  }
  return row;
}

async function render(tabId: number, url: string | undefined): Promise<void> {
  const [result, settings] = await Promise.all([send<SummaryResult>({ type: 'sift:summary', tabId }).catch(() => null), loadSettings()]);
  app.replaceChildren(header(), status);
  if (!result || result.status === 'error') {
    app.append(message('error', t('popupError')));
    return;
  }
  if (result.status === 'restricted') {
    app.append(message('restricted', t('popupRestricted')));
    return;
  }
  const { summary } = result;
  const autoSite = settings.sites.includes(siteOrigin(summary.url) ?? '');
  app.append(
    controls(tabId, url, summary, autoSite),
    el('p', { className: 'muted', text: summary.on ? t('popupStatusOn') : t('popupStatusOff'), attrs: { id: 'state' } }),
    el('p', { className: 'summary', text: summaryLine(summary.paywall.type, summary.blocks, summary.on, t, uiLanguage()), attrs: { id: 'summary' } }),
    paywallSection(summary),
    blocksSection(summary),
    articleSection(summary),
  );
  app.dataset.state = summary.on ? 'on' : 'off';
}

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = 'Sift';
  app.replaceChildren(header(), status, message('loading', t('popupLoading')));
  const tab = await targetTab();
  if (!tab) {
    app.replaceChildren(header(), status, message('restricted', t('popupRestricted')));
    return;
  }
  await render(tab.id, tab.url);
  app.dataset.ready = 'true';
}

void main().catch(() => {
  app.replaceChildren(message('error', t('popupError')));
});
