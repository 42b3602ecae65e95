import { FONT_SIZE, LINE_HEIGHT, WIDTH, validateSettings, type Settings } from '../settings/settings';
import { applyLook } from './look';

/** How long range drags wait before being written (storage.sync allows ~120 writes a minute). */
const SAVE_DELAY_MS = 300;

interface Control {
  id: string;
  field: keyof Settings;
  numeric: boolean;
  range?: { min: number; max: number; step: number };
  /** Text shown next to a range, e.g. "19 px". */
  show?: (value: number) => string;
}

const CONTROLS: readonly Control[] = [
  { id: 'look-theme', field: 'theme', numeric: false },
  { id: 'look-font', field: 'font', numeric: false },
  { id: 'look-size', field: 'fontSize', numeric: true, range: FONT_SIZE, show: (v) => `${v} px` },
  { id: 'look-line-height', field: 'lineHeight', numeric: true, range: LINE_HEIGHT, show: (v) => v.toFixed(1) },
  { id: 'look-width', field: 'width', numeric: true, range: WIDTH, show: (v) => `${v} ch` },
  { id: 'look-align', field: 'align', numeric: false },
];

export interface LookPanel {
  /** Shows settings changed elsewhere (another reader tab) without saving them again. */
  show(settings: Settings): void;
  current(): Settings;
}

/**
 * Wires the look controls: every input applies at once; the value is saved right away on
 * `change` and shortly after on `input` (while a range is dragged). The toggle shows and hides
 * the panel; Escape closes it and gives focus back to the toggle.
 */
export function wireLookPanel(doc: Document, initial: Settings, save: (settings: Settings) => void): LookPanel {
  let settings = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    save(settings);
  };

  const show = (next: Settings) => {
    settings = next;
    for (const control of CONTROLS) {
      const el = doc.getElementById(control.id) as HTMLInputElement | HTMLSelectElement | null;
      if (!el) continue;
      el.value = String(next[control.field]);
      const output = doc.getElementById(`${control.id}-value`);
      if (output && control.show) output.textContent = control.show(Number(next[control.field]));
    }
    applyLook(doc, next);
  };

  for (const control of CONTROLS) {
    const el = doc.getElementById(control.id) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) continue;
    if (control.range && el instanceof HTMLInputElement) {
      el.min = String(control.range.min);
      el.max = String(control.range.max);
      el.step = String(control.range.step);
    }
    const onEdit = (commit: boolean) => {
      const value = control.numeric ? Number(el.value) : el.value;
      const { settings: next } = validateSettings({ ...settings, [control.field]: value });
      show(next);
      if (commit) flush();
      else {
        clearTimeout(timer);
        timer = setTimeout(flush, SAVE_DELAY_MS);
      }
    };
    el.addEventListener('input', () => onEdit(false));
    el.addEventListener('change', () => onEdit(true));
  }

  const toggle = doc.getElementById('look-toggle');
  const panel = doc.getElementById('look-panel');
  if (toggle && panel) {
    const setOpen = (open: boolean) => {
      panel.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
    };
    setOpen(false);
    toggle.addEventListener('click', () => {
      setOpen(panel.hidden);
      if (!panel.hidden) panel.querySelector<HTMLElement>('select, input')?.focus();
    });
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setOpen(false);
        toggle.focus();
      }
    });
  }

  doc.defaultView?.addEventListener('pagehide', () => {
    if (timer !== undefined) flush();
  });

  show(initial);
  return { show, current: () => settings };
}
