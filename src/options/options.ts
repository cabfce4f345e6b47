import browser from '../shared/browser.js';
import { el, t, uiLanguage } from '../shared/i18n.js';
import { loadSettings, saveSettings } from '../shared/storage.js';
import { defaultSettings, HIDEABLE_LABELS, SETTINGS_KEY, type Settings } from '../shared/settings.js';

const app = document.getElementById('app')!;
const status = el('p', { className: 'status', attrs: { id: 'status', role: 'status', 'aria-live': 'polite' } });

function say(text: string): void {
  status.textContent = text;
}

async function update(change: (settings: Settings) => Settings): Promise<void> {
  await saveSettings(change(await loadSettings()));
  say(t('optionsSaved'));
}

function kindsFieldset(settings: Settings): HTMLElement {
  const boxes = HIDEABLE_LABELS.map((label) => {
    const box = el('input', { attrs: { type: 'checkbox', name: 'hide', value: label, id: `hide-${label}` } });
    box.checked = settings.hide.includes(label);
    box.addEventListener('change', () => {
      void update((s) => ({ ...s, hide: box.checked ? [...s.hide, label] : s.hide.filter((l) => l !== label) }));
    });
    return el('label', { attrs: { for: `hide-${label}` } }, [box, t(`label_${label}`)]);
  });
  return el('fieldset', { attrs: { id: 'kinds' } }, [el('legend', { text: t('optionsHideHeading') }), ...boxes]);
}

function layoutFieldset(settings: Settings): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', id: 'reading-layout' } });
  box.checked = settings.readingLayout;
  box.addEventListener('change', () => void update((s) => ({ ...s, readingLayout: box.checked })));
  return el('fieldset', {}, [el('legend', { text: t('optionsLayoutHeading') }), el('label', { attrs: { for: 'reading-layout' } }, [box, t('optionsReadingLayout')])]);
}

function removeSite(origin: string): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'sift:site-remove', origin });
}

function sitesFieldset(settings: Settings): HTMLElement {
  const fieldset = el('fieldset', { attrs: { id: 'sites' } }, [el('legend', { text: t('optionsSitesHeading') })]);
  if (!settings.sites.length) {
    fieldset.append(el('p', { className: 'muted', text: t('optionsNoSites'), attrs: { id: 'no-sites' } }));
    return fieldset;
  }
  const items = settings.sites.map((origin) => {
    const remove = el('button', { text: t('optionsRemove'), attrs: { type: 'button', 'aria-label': t('optionsRemoveSite', origin), 'data-origin': origin } });
    remove.addEventListener('click', () => {
      remove.disabled = true;
      void removeSite(origin)
        .then(() => say(t('optionsSaved')))
        .catch(() => (remove.disabled = false));
    });
    return el('li', {}, [el('span', { text: origin }), remove]);
  });
  fieldset.append(el('ul', { className: 'sites' }, items));
  return fieldset;
}

async function render(): Promise<void> {
  const settings = await loadSettings();
  const reset = el('button', { text: t('optionsReset'), attrs: { type: 'button', id: 'reset' } });
  reset.addEventListener('click', () => {
    void (async () => {
      const current = await loadSettings();
      // Removing each site also unregisters its script and gives its permission back.
      for (const origin of current.sites) await removeSite(origin).catch(() => undefined);
      await saveSettings(defaultSettings());
      say(t('optionsResetDone'));
    })();
  });
  const focused = document.activeElement?.id;
  app.replaceChildren(el('h1', { text: t('optionsTitle') }), kindsFieldset(settings), layoutFieldset(settings), sitesFieldset(settings), el('div', { className: 'row' }, [reset]), status);
  if (focused) document.getElementById(focused)?.focus();
  app.dataset.ready = 'true';
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void render();
});
void render();
