// Prints the WCAG 2 contrast ratio of every colour pair the app draws text or controls with, in
// each theme (light, dark, dim), reading the values from styles/*.css, and exits 1 if one fails.
//   node scripts/contrast.mjs
// Light and dark come from the light-dark() pairs; dim is dark overridden by the rules whose
// selector names [data-theme="dim"]. @media blocks (print) are skipped: print is black on white.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = fs.readdirSync(path.join(root, 'styles')).filter((f) => f.endsWith('.css')).sort();

/** Top-level rules `selector { body }` of a stylesheet, at-rule blocks left out. */
function topLevelRules(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  let depth = 0;
  let start = 0;
  let selector = '';
  let bodyStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) {
        selector = text.slice(start, i).trim();
        bodyStart = i + 1;
      }
      depth++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) {
        if (!selector.startsWith('@')) rules.push({ selector, body: text.slice(bodyStart, i) });
        start = i + 1;
      }
    }
  }
  return rules;
}

/** `light-dark(a, b)` → [a, b] (split at the top-level comma); anything else → [value, value]. */
function lightDark(value) {
  const inner = value.match(/^light-dark\((.*)\)$/)?.[1];
  if (!inner) return [value, value];
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  throw new Error(`cannot read ${value}`);
}

const themes = { light: {}, dark: {}, dim: {} };
const dimOverrides = {};
for (const file of files) {
  for (const { selector, body } of topLevelRules(fs.readFileSync(path.join(root, 'styles', file), 'utf8'))) {
    for (const [, name, raw] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      const value = raw.trim();
      if (selector.includes('data-theme="dim"')) {
        dimOverrides[name] = value;
        continue;
      }
      if (/data-theme="(light|dark)"/.test(selector)) continue;
      [themes.light[name], themes.dark[name]] = lightDark(value);
    }
  }
}
Object.assign(themes.dim, themes.dark);
for (const [name, value] of Object.entries(dimOverrides)) {
  themes.dim[name] = lightDark(value)[1];
}

/** Follows var(--x) (and var(--x, fallback): the clinic's accent is checked where it is set, so
    the app's own fallback colour is what is measured here). */
function resolve(theme, value, seen = 0) {
  const reference = value.match(/^var\((--[\w-]+)(?:,\s*(.+))?\)$/);
  if (reference && seen < 10) {
    const known = themes[theme][reference[1]];
    return resolve(theme, known ?? reference[2] ?? '', seen + 1);
  }
  return value;
}

function luminance(hex) {
  const m = hex.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum, where, only in this theme]. 4.5 = body text (1.4.3); 3 = UI boundaries, focus
// rings and graphics (1.4.11). Tokens without a "--" are literal colours.
const TEXT = 4.5;
const UI = 3;
const PAIRS = [
  ['--color-text', '--color-bg', TEXT, 'body text'],
  ['--color-text', '--color-surface', TEXT, 'text on cards, inputs'],
  ['--color-text', '--color-surface-sunken', TEXT, 'text on sunken panels'],
  ['--color-text', '--color-accent-soft', TEXT, 'text on selected options, running attack'],
  ['--color-text', '--color-warning-bg', TEXT, 'text in warnings'],
  ['--color-text', '--color-danger-bg', TEXT, 'text in urgent notes'],
  ['--color-text-muted', '--color-bg', TEXT, 'hints on the page'],
  ['--color-text-muted', '--color-surface', TEXT, 'hints on cards'],
  ['--color-text-muted', '--color-surface-sunken', TEXT, 'hints on sunken panels'],
  ['--color-text-muted', '--color-accent-soft', TEXT, 'elapsed time in the running attack'],
  ['--color-text-muted', '--color-warning-bg', TEXT, 'hints in warnings'],
  ['--color-text-muted', '--color-danger-bg', TEXT, 'hints in urgent notes'],
  ['--color-link', '--color-bg', TEXT, 'links'],
  ['--color-link', '--color-surface', TEXT, 'links on cards'],
  ['--color-link', '--color-surface-sunken', TEXT, 'links on sunken panels'],
  ['--color-link', '--color-accent-soft', TEXT, 'links in the running attack'],
  ['--color-accent', '--color-bg', TEXT, 'accent text (tags, ticks)'],
  ['--color-accent', '--color-surface', TEXT, 'accent text on cards'],
  ['--color-accent', '--color-accent-soft', TEXT, '"on" in day toggles'],
  ['--color-accent-text', '--color-accent', TEXT, 'primary buttons'],
  ['--color-primary-fill-text', '--color-primary-fill', TEXT, 'primary buttons, chosen severity (dim)', 'dim'],
  ['--color-accent', '--color-primary-fill', UI, 'primary button edge (dim)', 'dim'],
  ['--color-danger-text', '--color-bg', TEXT, 'errors'],
  ['--color-danger-text', '--color-surface', TEXT, 'errors on cards, delete buttons'],
  ['--color-danger-text', '--color-danger-bg', TEXT, 'emergency title'],
  ['--color-surface', '--color-danger-border', TEXT, 'danger (call) buttons'],
  ['--color-text', '--severity-mild-bg', TEXT, 'severity 1-3'],
  ['--color-text', '--severity-moderate-bg', TEXT, 'severity 4-6'],
  ['--color-text', '--severity-severe-bg', TEXT, 'severity 7-8'],
  ['--severity-very-severe-text', '--severity-very-severe-bg', TEXT, 'severity 9-10'],
  ['--color-border-strong', '--color-bg', UI, 'input and button edges'],
  ['--color-border-strong', '--color-surface', UI, 'input edges on cards'],
  ['--color-border-strong', '--color-surface-sunken', UI, 'input edges on sunken panels'],
  ['--color-focus', '--color-bg', UI, 'focus ring'],
  ['--color-focus', '--color-surface', UI, 'focus ring on cards'],
  ['--color-focus', '--color-surface-sunken', UI, 'focus ring on sunken panels'],
  ['--color-focus', '--color-accent-soft', UI, 'focus ring on selected options'],
  ['--color-accent', '--color-surface', UI, 'checked option edge, progress bar'],
  ['--color-accent', '--color-surface-sunken', UI, 'progress bar value on its track'],
  ['--color-danger-border', '--color-surface', UI, 'invalid input edge'],
  ['--color-warning-border', '--color-warning-bg', UI, 'warning edge'],
  ['--color-danger-border', '--color-danger-bg', UI, 'danger edge'],
  ['--period-mark', '--color-surface', UI, 'period drop in the calendar'],
];

let failures = 0;
const lowest = {};
for (const theme of Object.keys(themes)) {
  console.log(`\n${theme}`);
  for (const [fgName, bgName, minimum, where, only] of PAIRS) {
    if (only && only !== theme) continue;
    const fg = resolve(theme, themes[theme][fgName] ?? fgName);
    const bg = resolve(theme, themes[theme][bgName] ?? bgName);
    const value = ratio(fg, bg);
    const ok = value >= minimum;
    if (!ok) failures++;
    if (!lowest[theme] || value / minimum < lowest[theme].value / lowest[theme].minimum) {
      lowest[theme] = { value, minimum, fgName, bgName };
    }
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} ${value.toFixed(2).padStart(5)}:1 (≥${minimum}) ${fgName} ${fg} on ${bgName} ${bg} — ${where}`,
    );
  }
}
console.log('\nlowest against its minimum:');
for (const [theme, l] of Object.entries(lowest)) {
  console.log(`  ${theme}: ${l.value.toFixed(2)}:1 (≥${l.minimum}) ${l.fgName} on ${l.bgName}`);
}
if (failures) {
  console.log(`\n${failures} pair(s) below WCAG AA`);
  process.exit(1);
}
