// Every screen on a small phone (360×640, touch): nothing scrolls sideways, every control is a 44×44 px
// tap target, and the screen's main action is in the first screen (or stuck to its bottom) with nothing
// drawn over it. A picture of each first screen is saved to look at (phone-<screen>.png).
import { test, expect } from './fixtures.mjs';
import { SCREENSHOT_DIR } from './fixtures.mjs';
import { PHONE, tourPages, tourSelfCheck } from './tour.mjs';

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const TAP = 44;

/** The main action of each screen, where it has one (settings and the data page are lists of choices). */
const PRIMARY = {
  'check-warning-signs': '.check-nav__next',
  'check-warning-signs-unanswered': '.check-nav__next',
  'check-middle-step': '.check-nav__next',
  'check-result': '.check-result__title',
  'check-emergency': '.check-emergency__call',
  home: '.headache-now__start',
  'diary-empty': '.headache-now__start',
  'diary-seeded': '.headache-now__start',
  'attack-new': '.attack-form__save',
  'attack-existing': '.attack-form__save',
  insights: '.insights__period label',
  report: '.report__actions .button--primary',
  'not-found': 'main .button--primary',
};

/** Everything on the screen now that is too small to tap, or wider than the screen. */
function layoutProblems(tap) {
  const problems = [];
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
  }
  const name = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
  // WCAG 2.5.8's inline exception: a link inside a sentence is as tall as the line it sits in.
  const inRunningText = (el) =>
    el.tagName === 'A' &&
    getComputedStyle(el).display === 'inline' &&
    el.parentElement.textContent.trim().length > el.textContent.trim().length;
  const targets = document.querySelectorAll(
    'a[href], button, select, summary, textarea, input:not([type=hidden])',
  );
  for (const el of targets) {
    if (el.closest('#crash-screen, .skip-link') || inRunningText(el)) continue;
    let box;
    if (el.matches('input[type=radio], input[type=checkbox]')) {
      // Drawn small or hidden, tapped through its label: the tap area is the label (or the box the input fills).
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : el.closest('label');
      if (!label || !label.checkVisibility()) continue;
      const a = label.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      box = a.width * a.height >= b.width * b.height ? a : b;
    } else {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      box = el.getBoundingClientRect();
      // An inline link that wraps is tapped line by line: its target is one line, not the two together.
      const lines = [...el.getClientRects()];
      if (getComputedStyle(el).display === 'inline' && lines.length > 1) {
        box = lines.reduce((small, line) => (line.height < small.height ? line : small));
      }
    }
    if (box.width === 0 || box.height === 0) continue;
    if (box.width < tap - 0.5 || box.height < tap - 0.5) {
      problems.push(`small tap target ${Math.round(box.width)}×${Math.round(box.height)}: ${name(el)}`);
    }
  }
  return problems;
}

/** Whether the element is within the first screen (or sticky) and the top element at its centre. */
function primaryProblems(selector) {
  const el = document.querySelector(selector);
  if (!el) return [`no main action ${selector}`];
  const box = el.getBoundingClientRect();
  const problems = [];
  if (box.top < 0 || box.bottom > window.innerHeight) {
    problems.push(`main action ${selector} is not in the first screen (top ${Math.round(box.top)} of ${window.innerHeight})`);
    return problems;
  }
  const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!top || !(top === el || el.contains(top))) {
    problems.push(`main action ${selector} is covered by ${top ? top.outerHTML.slice(0, 80) : 'nothing'}`);
  }
  return problems;
}

test('every screen fits a 360×640 phone: no sideways scrolling, 44 px targets, main action in reach', async ({ page }) => {
  test.setTimeout(60_000);
  const report = [];
  const visit = async (name) => {
    // As it opens: the main action must be there without scrolling.
    await page.evaluate(() => window.scrollTo(0, 0));
    const primary = PRIMARY[name];
    if (primary) {
      for (const problem of await page.evaluate(primaryProblems, primary)) report.push(`${name}: ${problem}`);
    }
    for (const problem of await page.evaluate(layoutProblems, TAP)) report.push(`${name}: ${problem}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-${name}.png` });
  };
  await tourSelfCheck(page, undefined, visit);
  await tourPages(page, undefined, visit);
  expect(report.join('\n'), 'phone problems').toBe('');
});

/** Anything moving on the page now: running animations, transitions, smooth scrolling. */
function motion() {
  const moving = document.getAnimations().map((a) => `animation on ${a.effect?.target?.className ?? '?'}`);
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
    if (style.animationName !== 'none' || durations.some((d) => parseFloat(d) > 0)) {
      moving.push(`${el.tagName.toLowerCase()}.${el.className}: transition ${style.transitionDuration}, animation ${style.animationName}`);
    }
  }
  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') moving.push('smooth scrolling');
  return moving;
}

test('logging a headache on a phone: nothing on the screen moves or flashes', async ({ page }) => {
  await page.goto('#/diary');
  await expect(page.getByRole('button', { name: 'Headache now' })).toBeVisible();
  expect(await page.evaluate(motion), 'before logging').toEqual([]);
  await page.getByRole('button', { name: 'Headache now' }).click();
  await expect(page.locator('.running-attack')).toBeVisible();
  expect(await page.evaluate(motion), 'after "Headache now"').toEqual([]);
  await page.locator('.running-attack').getByRole('link', { name: 'Add details' }).click();
  await page.locator('label[for="severity-7"]').click();
  await page.getByRole('button', { name: 'Add Ibuprofen' }).click();
  expect(await page.evaluate(motion), 'filling in the details').toEqual([]);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/diary$/);
  expect(await page.evaluate(motion), 'after saving').toEqual([]);
});

test('with reduced motion asked for, any transition or animation is switched off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('#/');
  await expect(page.locator('header.site-header')).toBeVisible();
  // Something that would move, as a future change might add: the global rule in base.css stops it.
  const computed = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'button';
    probe.style.transition = 'opacity 2s';
    probe.style.animation = 'spin 1s infinite';
    document.body.append(probe);
    const style = getComputedStyle(probe);
    return { transition: style.transitionDuration, animation: style.animationName };
  });
  expect(computed).toEqual({ transition: '0s', animation: 'none' });
});
