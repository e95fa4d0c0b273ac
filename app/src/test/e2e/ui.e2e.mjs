// End-to-end check of the web page in Debian's Chromium, driven by playwright-core.
// Usage: node ui.e2e.mjs <baseUrl> <screenshotDir>
// Exits 0 when every step passed, 1 with the failing step's reason otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [, , baseArg, shotsArg, tokenArg] = process.argv;
if (!baseArg || !shotsArg) {
  console.error('usage: node ui.e2e.mjs <baseUrl> <screenshotDir>');
  process.exit(2);
}
const base = baseArg.replace(/\/+$/, '');
const origin = new URL(base).origin;
const shots = path.resolve(shotsArg);
fs.mkdirSync(shots, { recursive: true });
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STEP_TIMEOUT = Number(process.env.E2E_STEP_TIMEOUT_MS || 30000);

const offsiteRequests = [];
const pageErrors = [];
let step = 'start';
let passed = 0;

function log(message) {
  console.log(`[e2e] ${message}`);
}

async function run(name, body) {
  step = name;
  const started = Date.now();
  await body();
  passed += 1;
  log(`ok   ${name} (${Date.now() - started} ms)`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits until no part of the page is still loading. */
async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('main .state-loading'));
}

async function shot(page, name, fullPage = false) {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  log(`     screenshot ${file}`);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'astrolabe-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
context.setDefaultTimeout(STEP_TIMEOUT);

// The page must work offline: anything it asks of another origin is recorded, refused, and fails the run.
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
  offsiteRequests.push(url);
  return route.abort();
});

const page = context.pages()[0] || await context.newPage();
// The reviewer's token, asked for by the page (window.prompt) the first time a review is sent.
page.on('dialog', (dialog) => (dialog.type() === 'prompt' ? dialog.accept(tokenArg || '') : dialog.dismiss()));
page.on('pageerror', (error) => pageErrors.push(error.message));
page.on('console', (message) => { if (message.type() === 'error') log(`     console error: ${message.text()}`); });

let exitCode = 0;
try {
  await run('start page loads', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await settled(page);
    check(await page.locator('main .state-error').count() === 0, 'the start page shows an error');
    await shot(page, '01-start');
  });

  await run('search "CMSA" suggests the agency', async () => {
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.click();
    await input.pressSequentially('CMSA', { delay: 60 });
    await page.locator('#search-suggestions [role=option]').first().waitFor();
    await shot(page, '02-suggestions');
  });

  await run('open the CMSA entity from the suggestions with the keyboard', async () => {
    const options = page.locator('#search-suggestions [role=option]');
    const texts = await options.evaluateAll((nodes) => nodes.map((n) => ({
      label: n.querySelector('.suggestion-label')?.textContent || '',
      all: n.textContent || '',
      type: n.querySelector('.suggestion-type')?.textContent || '',
    })));
    const named = (t) => /^(CMSA|China Manned Space Agency)$/i.test(t.label.trim());
    const mentions = (t) => /\bCMSA\b|China Manned Space Agency/i.test(t.all) && !/agreement/i.test(t.type);
    let index = texts.findIndex(named);
    if (index < 0) index = texts.findIndex(mentions);
    check(index >= 0, `no suggestion names CMSA: ${JSON.stringify(texts)}`);
    const input = page.getByRole('combobox', { name: 'Search entities' });
    for (let i = 0; i <= index; i += 1) await input.press('ArrowDown');
    check(await options.nth(index).getAttribute('aria-selected') === 'true', 'arrow keys do not move through the suggestions');
    await input.press('Enter');
    await page.waitForURL(/#\/entity\//);
    await page.locator('.entity-header h1').waitFor();
    const title = await page.locator('.entity-header h1').textContent();
    const aliases = await page.locator('.entity-meta').textContent();
    check(/CMSA|China Manned Space Agency/i.test(`${title} ${aliases}`), `entity page is about "${title}"`);
  });

  await run('the SUPARCO agreement fact shows its evidence sentence', async () => {
    await page.locator('.fact').first().waitFor();
    const facts = page.locator('.fact').filter({ hasText: /SUPARCO|Space (and|&) Upper Atmosphere/i })
      .filter({ has: page.locator('.evidence-sentence', { hasText: /agree|deal/i }) });
    const count = await facts.count();
    check(count > 0, 'no fact on the CMSA page links it to SUPARCO with an agreement sentence as evidence');
    const fact = facts.first();
    const sentence = (await fact.locator('.evidence-sentence').first().textContent()).trim();
    check(sentence.length > 20, `evidence sentence too short: "${sentence}"`);
    check(await fact.locator('.evidence-sentence mark').count() > 0, 'no entity mention is highlighted in the evidence sentence');
    const articleLink = fact.locator('a.evidence-article').first();
    check(await articleLink.count() > 0, 'the evidence has no link to its article');
    log(`     evidence: "${sentence.slice(0, 140)}"`);
    await fact.scrollIntoViewIfNeeded();
    await shot(page, '03-entity', true);
  });

  await run('the graph expands when a node is clicked', async () => {
    const canvas = page.locator('.graph-canvas');
    await page.waitForFunction(() => Number(document.querySelector('.graph-canvas')?.dataset.nodes || 0) >= 2);
    await canvas.scrollIntoViewIfNeeded();
    const before = Number(await canvas.getAttribute('data-nodes'));
    // Nodes most likely to have neighbours of their own come first.
    const candidates = await canvas.evaluate((element) => element.cy.nodes('[root != "yes"]')
      .sort((a, b) => b.degree() - a.degree()).map((n) => ({ id: n.id(), label: n.data('label') })));
    const ordered = [...candidates.filter((c) => /SUPARCO|Upper Atmosphere|agreement/i.test(c.label)),
      ...candidates.filter((c) => !/SUPARCO|Upper Atmosphere|agreement/i.test(c.label))];
    let after = before;
    for (const candidate of ordered.slice(0, 4)) {
      await page.waitForTimeout(600); // the layout animation settles
      const point = await canvas.evaluate((element, id) => {
        const node = element.cy.getElementById(id);
        const box = element.getBoundingClientRect();
        const at = node.renderedPosition();
        return { x: box.left + at.x, y: box.top + at.y };
      }, candidate.id);
      const response = page.waitForResponse((r) => r.url().includes('/neighbors'));
      await page.mouse.click(point.x, point.y);
      await response;
      await page.waitForTimeout(800);
      after = Number(await canvas.getAttribute('data-nodes'));
      log(`     clicked "${candidate.label}": ${before} -> ${after} nodes`);
      if (after > before) break;
    }
    check(after > before, `clicking nodes added none to the graph (${before} nodes)`);
    await shot(page, '04-graph-expanded');
  });

  await run('an example SPARQL query answers', async () => {
    await page.goto(`${base}/#/sparql`);
    await page.locator('.yasgui .CodeMirror').first().waitFor();
    const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/sparql');
    await page.locator('button.example[data-example="suparco-agreements"]').click();
    const answer = await response;
    check(answer.ok(), `the SPARQL endpoint answered ${answer.status()}`);
    const rows = page.locator('.yasr table tbody tr');
    await rows.first().waitFor();
    const firstRow = (await rows.first().textContent()).trim();
    check(!/no data|no results|empty/i.test(firstRow), `the example query returned no rows: "${firstRow}"`);
    log(`     first row: ${firstRow.replace(/\s+/g, ' ').slice(0, 140)}`);
    await shot(page, '05-sparql');
  });

  await run('articles are listed and one opens with its mentions highlighted', async () => {
    await page.goto(`${base}/#/articles`);
    const links = page.locator('.articles-table tbody a');
    await links.first().waitFor();
    check(await links.count() >= 1, 'no article is listed');
    await settled(page);
    await shot(page, '06-articles');
    await links.first().click();
    await page.locator('.article-text .mention').first().waitFor();
    await settled(page);
    await shot(page, '07-article');
  });

  await run('search results with long alias lists fit a 1400 px window (no sideways scrolling)', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${base}/#/search?q=${encodeURIComponent('space agency')}`);
    await page.locator('.result-list .result').first().waitFor();
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `the search page scrolls sideways by ${overflow} px`);
    await shot(page, '08-search-space-agency');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  const apiJson = (path) => page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { Accept: 'application/json' } });
    return { status: response.status, url: response.url, body: await response.json() };
  }, path);

  await run('the review queue confirms and rejects facts with the keyboard', async () => {
    check(Boolean(tokenArg), 'no write token was given to the script');
    await page.goto(`${base}/#/review`);
    const items = page.locator('.queue-item');
    await items.first().waitFor();
    await settled(page);
    await shot(page, '09-review-queue');
    const first = await items.first().getAttribute('data-fact-id');
    await page.keyboard.press('c');
    await page.locator(`.queue-item[data-fact-id="${first}"]`).waitFor({ state: 'detached' });
    const second = await items.first().getAttribute('data-fact-id');
    await page.keyboard.press('r');
    await page.locator(`.queue-item[data-fact-id="${second}"]`).waitFor({ state: 'detached' });
    const reviews = (await apiJson('/api/reviews')).body;
    const verdicts = Object.fromEntries(reviews.results.map((r) => [r.fact.id, r.verdict]));
    check(verdicts[first] === 'confirmed', `the first fact was not confirmed: ${JSON.stringify(verdicts)}`);
    check(verdicts[second] === 'rejected', `the second fact was not rejected: ${JSON.stringify(verdicts)}`);
    check(reviews.results.every((r) => r.reviewer === 'e2e-reviewer'), 'the reviews do not record the token\'s name');
  });

  await run('a fact rejected on the entity page disappears from it; a confirmed one carries a badge', async () => {
    await page.goto(`${base}/#/entity/cmsa`);
    await page.locator('.fact .review-controls').first().waitFor();
    await settled(page);
    const controls = page.locator('.fact .review-controls');
    const rejected = await controls.first().getAttribute('data-fact-id');
    await controls.first().locator('.review-reject').click();
    await page.locator(`.review-controls[data-fact-id="${rejected}"]`).waitFor({ state: 'detached' });
    await page.locator('.fact .review-controls').first().waitFor();
    const confirmed = await page.locator('.fact .review-controls:has(.review-confirm)').first().getAttribute('data-fact-id');
    await page.locator(`.review-controls[data-fact-id="${confirmed}"] .review-confirm`).click();
    await page.locator(`.review-controls[data-fact-id="${confirmed}"] .review-badge`).waitFor();
    await settled(page);
    await shot(page, '10-entity-reviewed');
    const entity = (await apiJson('/api/entities/cmsa')).body;
    const ids = entity.facts.flatMap((f) => f.evidence.map((e) => e.factId));
    check(!ids.includes(rejected), 'the rejected fact is still in the API answer');
  });

  await run('a missing fact is added on an article page with its sentence', async () => {
    await page.goto(`${base}/#/articles`);
    await page.locator('.articles-table tbody a').first().click();
    await page.locator('.article-text .mention').first().waitFor();
    await settled(page);
    const docId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/article\//, '').split('?')[0]);
    const before = await page.locator('.compact-facts li').count();
    const text = (await page.locator('.article-text').textContent()).trim();
    const sentence = text.slice(0, text.indexOf('.') + 1);
    await page.locator('details.add-fact summary').click();
    const subjects = await page.locator('#add-fact-subject option').count();
    check(subjects >= 2, 'the article names fewer than two entities');
    await page.locator('#add-fact-object').selectOption({ index: 1 });
    await page.locator('#add-fact-property').selectOption('cooperatesWith');
    await page.locator('#add-fact-sentence').fill(sentence);
    await page.locator('.add-fact-form button[type=submit]').click();
    await page.waitForFunction((n) => document.querySelectorAll('.compact-facts li').length > n, before);
    await settled(page);
    await shot(page, '11-fact-added');
    const doc = (await apiJson(`/api/documents/${encodeURIComponent(docId)}`)).body;
    const added = doc.facts.flatMap((f) => f.evidence).filter((e) => e.extractor === 'curator');
    check(added.length === 1 && added[0].sentence === sentence, `no hand-added fact with its sentence: ${JSON.stringify(added)}`);
  });

  await run('two entities are merged through the entity page', async () => {
    const countries = (await apiJson('/api/entities?type=Country&limit=2')).body.results;
    check(countries.length === 2, 'fewer than two countries to merge');
    const [duplicate, survivor] = countries.map((c) => c.id);
    await page.goto(`${base}/#/entity/${encodeURIComponent(duplicate)}`);
    await page.locator('details.curation summary').click();
    await page.locator('#merge-into').fill(survivor);
    await page.locator('.merge-form button[type=submit]').click();
    await page.waitForFunction((hash) => location.hash === hash, `#/entity/${encodeURIComponent(survivor)}`);
    await page.locator('#page-title').waitFor();
    await settled(page);
    await shot(page, '12-merged');
    const moved = await apiJson(`/api/entities/${encodeURIComponent(duplicate)}`);
    check(moved.url.endsWith(`/api/entities/${encodeURIComponent(survivor)}`), `the merged entity does not redirect: ${moved.url}`);
  });

  check(offsiteRequests.length === 0, `the page asked other origins: ${offsiteRequests.slice(0, 5).join(', ')}`);
  check(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.slice(0, 3).join(' | ')}`);
} catch (error) {
  exitCode = 1;
  console.error(`[e2e] FAIL ${step}: ${error.message.split('\n')[0]}`);
  try {
    await shot(page, 'failure', true);
  } catch {
    // The browser may be gone; the message above is what matters.
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${exitCode} failed`);
process.exit(exitCode);
