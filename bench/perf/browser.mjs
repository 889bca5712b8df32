// The browser side of bench/run: Debian's chromium driven by playwright-core (CDP), a new browser context per
// load. Every command prints one JSON object a line; the shell side takes medians and ratios.
//   paint N PROFILE LABEL=URL ...    P1: first contentful paint and h1 visible, the URLs interleaved
//   snapshot URL FILE                the rendered page as one static HTML file (shadow roots and CSS inlined)
//   sessions URL N MODE              P2: N contexts on URL (MODE step2: at the questionnaire's step 2), held
//                                    until stdin closes
//   roundtrip URL N                  P6: click Next on step 1 -> step 2 shown, and a fetch() round trip as peer
//   queue URL N USER PASSWORD NAME PHONE   P3: the triage queue's first page, a name and a phone search
import { createRequire } from 'node:module';

// playwright-core as installed by lib.sh into target/bench/node
const { chromium } = createRequire(`${process.env.BENCH_NODE_DIR}/`)('playwright-core');

const [command, ...args] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', isMobile: true, hasTouch: true };
const out = (o) => console.log(JSON.stringify(o));

// slow 4G of the issue: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip
async function throttle(page, profile) {
  if (profile !== 'slow4g') return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
}

// in every page before its own scripts: the time (ms since navigation start) an <h1> with text first has a box
const H1_PROBE = () => {
  const check = () => {
    const h = document.querySelector('h1');
    if (h && h.textContent.trim() && h.getBoundingClientRect().height > 0) window.__h1 = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function paint(url, profile) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(H1_PROBE);
    await throttle(page, profile);
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.__h1 !== undefined
      && performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60000 });
    await page.waitForLoadState('networkidle', { timeout: 60000 }).catch(() => {});
    return await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      return {
        fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0].startTime),
        h1: Math.round(window.__h1),
        bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0),
        requests: entries.length,
      };
    });
  } finally {
    await context.close();
  }
}

// the rendered DOM as HTML: shadow roots as declarative shadow DOM with their adopted style sheets, every
// document style sheet inlined, no scripts
async function snapshot(url, file) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120000 });
  await page.waitForSelector('h1');
  await page.waitForTimeout(1000);
  const html = await page.evaluate(() => {
    const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const rules = (sheet) => { try { return [...sheet.cssRules].map((r) => r.cssText).join('\n'); } catch { return ''; } };
    const styles = (sheets) => sheets.map(rules).join('\n');
    const node = (n) => {
      if (n.nodeType === Node.TEXT_NODE) return esc(n.textContent);
      if (n.nodeType !== Node.ELEMENT_NODE) return '';
      const tag = n.localName;
      if (tag === 'script' || tag === 'style' || (tag === 'link' && n.rel !== 'icon')) return '';
      const attrs = [...n.attributes].map((a) => ` ${a.name}="${esc(a.value).replace(/"/g, '&quot;')}"`).join('');
      if (VOID.has(tag)) return `<${tag}${attrs}>`;
      let inner = '';
      if (n.shadowRoot) {
        inner += `<template shadowrootmode="open"><style>${styles([...n.shadowRoot.adoptedStyleSheets])}</style>`
          + [...n.shadowRoot.childNodes].map(node).join('') + '</template>';
      }
      inner += [...(tag === 'template' ? n.content.childNodes : n.childNodes)].map(node).join('');
      return `<${tag}${attrs}>${inner}</${tag}>`;
    };
    const css = styles([...document.styleSheets, ...document.adoptedStyleSheets]);
    const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
      + `<title>${esc(document.title)}</title><style>${css}</style>`;
    const html = document.documentElement;
    const attrs = [...html.attributes].map((a) => ` ${a.name}="${esc(a.value)}"`).join('');
    return `<!DOCTYPE html><html${attrs}><head>${head}</head>${node(document.body)}</html>`;
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, html);
  out({ file, bytes: Buffer.byteLength(html) });
  await context.close();
}

// step 1 of the questionnaire, answered as a person does: for myself, 34, female, 52 kg, can attend (the first
// option of each choice)
async function answerStep1(page) {
  const first = async (key) => page.locator(`#answer-${key} vaadin-radio-button`).first().locator('label').click();
  await page.waitForSelector('#prescreen-step-title');
  await first('respondent');
  await page.locator('#answer-age_years input').fill('34');
  await first('sex');
  await page.locator('#answer-weight vaadin-text-field input').fill('52');
  await first('weight');
  await first('can_attend_visits');
  await page.locator('#answer-can_attend_visits vaadin-radio-button[checked]').waitFor();
}

async function nextStepShown(page) {
  const before = await page.locator('#prescreen-step-title').textContent();
  const started = Date.now();
  await page.locator('#prescreen-next').click();
  await page.waitForFunction((b) => document.querySelector('#prescreen-step-title')?.textContent !== b, before,
    { polling: 'raf', timeout: 30000 });
  return Date.now() - started;
}

async function sessions(url, n, mode) {
  const contexts = [];
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120000 });
    if (mode === 'step2') {
      await answerStep1(page);
      await nextStepShown(page);
    }
    contexts.push(context);
  }
  out({ sessions: contexts.length, mode });
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve));
}

async function roundtrip(url, n) {
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120000 });
    await answerStep1(page);
    const fetchMs = await page.evaluate(async () => {
      const t = performance.now();
      await (await fetch('/actuator/health', { cache: 'no-store' })).text();
      return performance.now() - t;
    });
    out({ next: await nextStepShown(page), fetch: Math.round(fetchMs) });
    await context.close();
  }
}

async function queue(url, n, user, password, name, phone) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const login = await context.newPage();
  await login.goto(url + '/login', { waitUntil: 'networkidle' });
  await login.locator('#vaadinLoginUsername input').fill(user);
  await login.locator('#vaadinLoginPassword input').fill(password);
  await login.locator('#vaadinLoginPassword input').press('Enter');
  await login.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 60000 });
  // the staff home's dashboard (its funnel and counts) is asked for on sign-in: let it finish, so that its SQL
  // does not fall into the queue's first phase
  await login.waitForLoadState('networkidle', { timeout: 120000 }).catch(() => {});
  await login.waitForSelector('#median-contact', { timeout: 120000 }).catch(() => {});
  await login.waitForTimeout(2000);
  await login.close();
  const firstReference = () => [...document.querySelectorAll('#lead-queue vaadin-grid-cell-content')]
    .map((c) => c.textContent.trim()).find((t) => /^[A-Z]{2}-/.test(t));
  for (let i = 0; i < n; i++) {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url + '/staff/leads', { waitUntil: 'commit' });
    await page.waitForFunction(firstReference, null, { polling: 'raf', timeout: 60000 });
    const open = Date.now() - started;
    const at = { open: [started, Date.now()] };
    const search = async (text) => {
      const input = page.locator('#filter-text input');
      // back to the default view, and wait until it shows (a fixed pause let its queries, late on a busy
      // machine, fall into the search's time and its "first row changed")
      if ((await input.inputValue()) !== '') {
        const shown = await page.evaluate(firstReference);
        await input.fill('');
        await input.press('Enter');
        await page.waitForFunction((s) => [...document.querySelectorAll('#lead-queue vaadin-grid-cell-content')]
          .map((c) => c.textContent.trim()).find((r) => /^[A-Z]{2}-/.test(r)) !== s, shown,
          { polling: 'raf', timeout: 30000 }).catch(() => {});
      }
      await page.waitForTimeout(1000);
      const before = await page.evaluate(firstReference);
      const t = Date.now();
      await input.fill(text);
      await input.press('Enter');
      await page.waitForFunction((b) => {
        const refs = [...document.querySelectorAll('#lead-queue vaadin-grid-cell-content')]
          .map((c) => c.textContent.trim()).find((r) => /^[A-Z]{2}-/.test(r));
        return refs && refs !== b;
      }, before, { polling: 'raf', timeout: 60000 });
      return [t, Date.now()];
    };
    at.name = await search(name);
    at.phone = await search(phone);
    out({ open, name: at.name[1] - at.name[0], phone: at.phone[1] - at.phone[0], at });
    await page.close();
  }
  await context.close();
}

try {
  if (command === 'paint') {
    const [n, profile, ...targets] = args;
    for (let i = 0; i < Number(n); i++) {
      for (const target of targets) {
        const [label, url] = target.split(/=(.*)/s);
        out({ label, profile, ...(await paint(url, profile)) });
      }
    }
  } else if (command === 'snapshot') await snapshot(args[0], args[1]);
  else if (command === 'sessions') await sessions(args[0], Number(args[1]), args[2]);
  else if (command === 'roundtrip') await roundtrip(args[0], Number(args[1]));
  else if (command === 'queue') await queue(args[0], Number(args[1]), ...args.slice(2));
  else throw new Error(`unknown command ${command}`);
} finally {
  await browser.close();
}
