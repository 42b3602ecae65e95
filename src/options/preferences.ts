/**
 * The options page's "Button and exports": what the toolbar button does, where Markdown starts
 * with front matter, and the downloaded file's name. Each change is written at once (the file
 * name when it is saved, and only if it is one the settings accept: the validator decides).
 */
import { FRONT_MATTER, TOOLBAR_CLICKS, validateSettings, type Settings } from '../settings/settings';
import { updateSettings } from '../settings/store';
import { orKey, type GetMessage } from '../shared/i18n';

export interface Preferences {
  show(settings: Settings): void;
}

export function wirePreferences(doc: Document, t: GetMessage): Preferences {
  const toolbar = doc.getElementById('toolbar-click') as HTMLSelectElement | null;
  const frontMatter = doc.getElementById('front-matter') as HTMLSelectElement | null;
  const form = doc.getElementById('file-name-form') as HTMLFormElement | null;
  const pattern = doc.getElementById('file-name-pattern') as HTMLInputElement | null;
  const error = doc.getElementById('file-name-error');
  const status = doc.getElementById('habits-status');
  const saved = () => {
    if (status) status.textContent = orKey(t, 'preferenceSaved');
  };

  toolbar?.addEventListener('change', () => {
    const value = TOOLBAR_CLICKS.find((choice) => choice === toolbar.value);
    if (value) void updateSettings((s) => ({ ...s, toolbarClick: value })).then(saved);
  });
  frontMatter?.addEventListener('change', () => {
    const value = FRONT_MATTER.find((choice) => choice === frontMatter.value);
    if (value) void updateSettings((s) => ({ ...s, markdownFrontMatter: value })).then(saved);
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pattern || !error) return;
    // The same check as stored settings: a pattern the validator would drop is refused here.
    const { settings, problems } = validateSettings({ fileNamePattern: pattern.value });
    if (problems.length > 0) {
      error.textContent = orKey(t, 'fileNameInvalid');
      pattern.setAttribute('aria-invalid', 'true');
      pattern.focus();
      return;
    }
    error.textContent = '';
    pattern.removeAttribute('aria-invalid');
    void updateSettings((s) => ({ ...s, fileNamePattern: settings.fileNamePattern })).then(saved);
  });

  return {
    show(settings) {
      if (toolbar) toolbar.value = settings.toolbarClick;
      if (frontMatter) frontMatter.value = settings.markdownFrontMatter;
      // Not while the user is typing a new pattern: another page's write must not undo it.
      if (pattern && doc.activeElement !== pattern) pattern.value = settings.fileNamePattern;
    },
  };
}
