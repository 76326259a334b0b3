// The first view rendered at build time: the form is on screen, accessible and usable before
// the app's wasm has arrived, what is typed into it then is kept when the app takes over
// (adopting the markup on a first visit, replacing it on a return), and it is the same form
// the app renders (no drift between the two).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { start, appStarted, rulesBeside } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** A page whose app wasm is held back until `release()` is called. */
async function withWasmHeld() {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  let release;
  const released = new Promise((done) => { release = done; });
  await page.route('**/app_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${env.origin}/`, { waitUntil: 'domcontentloaded' });
  return { context, page, errors, release };
}

const inputIds = (page) => page.locator('#app input[id]').evaluateAll((inputs) => inputs.map((input) => input.id));

test('the form is on screen and accessible before the wasm arrives, and is the form the app renders', async () => {
  const { context, page, errors, release } = await withWasmHeld();
  await page.getByLabel('Partner app name').waitFor();
  assert.match(await page.locator('h1').textContent(), /WS Admin profile/);
  assert.match(await page.locator('#summary').textContent(), /New profile: start with the edition/);
  const before = await inputIds(page);
  assert.ok(before.length >= 10, `${before.length} fields`);
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  await page.evaluate(() => { document.querySelector('main').markedBeforeStart = true; });
  release();
  await appStarted(page);
  // On a first visit the app adopts the markup (hydration) rather than building it again.
  assert.equal(await page.evaluate(() => document.querySelector('main').markedBeforeStart), true);
  // The app reacts to typing; the first view does not.
  await page.getByLabel('Partner app name').fill('Expensify');
  await page.locator('#summary').getByText(/error/).waitFor();
  await page.getByLabel('Partner app name').fill('');
  assert.deepEqual(await inputIds(page), before, 'the app renders the same fields, in the same order');
  assert.deepEqual(errors, []);
  await context.close();
});

test('what is typed and ticked before the app starts is kept, and the field keeps the focus', async () => {
  const { context, page, errors, release } = await withWasmHeld();
  await page.getByLabel('Professional Edition').check();
  await page.getByLabel("Admin's first name").fill('Åsa');
  await page.getByLabel('Partner app name').fill('Zoë Travel');
  release();
  // Findings appear only once the app runs; they name what was typed before.
  await page.locator('#findings-ws_admin-email [data-rule="EMAIL-REQUIRED"]').waitFor();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Zoë Travel');
  assert.equal(await page.getByLabel("Admin's first name").inputValue(), 'Åsa');
  assert.equal(await page.getByLabel('Professional Edition').isChecked(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'input-app_name');
  // It went into the saved draft, as any typing does.
  await page.reload();
  await appStarted(page);
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Zoë Travel');
  // A return with a saved draft: the markup is replaced, and typing before the start is
  // still kept.
  await page.route('**/app_bg.wasm', async (route) => { await released2; await route.continue(); });
  let release2;
  const released2 = new Promise((done) => { release2 = done; });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByLabel('Company e-mail domain').fill('acme.com');
  await page.getByLabel('Expense', { exact: true }).check();
  release2();
  await appStarted(page);
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Zoë Travel');
  assert.equal(await page.getByLabel('Company e-mail domain').inputValue(), 'acme.com');
  assert.equal(await page.getByLabel('Expense', { exact: true }).isChecked(), true);
  assert.deepEqual(await rulesBeside(page, 'data_access'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

// On a first visit with nothing typed, the app adopts the first view only at the person's
// first action, so loading runs no long task for it (web::start). Whatever that action is, it
// must do what it does once the app runs.
test('a first visit waits for the first action, and no first action is lost', async () => {
  const fresh = async () => {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${env.origin}/`);
    await page.locator('html[data-app="waiting"]').waitFor({ state: 'attached' });
    return { context, page, errors };
  };
  const started = (page) => page.locator('html[data-app="started"]').waitFor({ state: 'attached' });

  // A click on a tab: the view changes.
  let { context, page, errors } = await fresh();
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await page.locator('.progress-line').first().waitFor();
  await started(page);
  assert.deepEqual(errors, []);
  await context.close();

  // A choice ticked by its label: the app has it, and says what comes next.
  ({ context, page, errors } = await fresh());
  await page.locator('label[for="edition-professional"]').click();
  await started(page);
  assert.equal(await page.getByLabel('Professional Edition').isChecked(), true);
  await page.getByLabel('Partner app name').fill('Expensify');
  await page.locator('#findings-ws_admin-email [data-rule="EMAIL-REQUIRED"]').waitFor();
  await context.close();

  // The keyboard: Tab into the form and type.
  ({ context, page, errors } = await fresh());
  await page.keyboard.press('Tab');
  await page.getByLabel('Partner app name').focus();
  await page.keyboard.type('Expensify');
  await page.locator('#summary').getByText(/error/).waitFor();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Expensify');
  await context.close();

  // A profile file dragged onto the page: the browser's dragenter, then (in later tasks) its
  // dragover and drop, which the app takes instead of letting the browser open the file.
  ({ context, page, errors } = await fresh());
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    const body = JSON.stringify({ edition: 'standard', app_name: 'Dropped', data_access: ['expense'] });
    data.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
    return data;
  });
  const drag = (kind) => page.evaluate(([kind, dataTransfer]) => {
    document.querySelector('main').dispatchEvent(new DragEvent(kind, { dataTransfer, bubbles: true, cancelable: true }));
  }, [kind, transfer]);
  await drag('dragenter');
  await drag('dragover');
  await drag('drop');
  await page.locator('.alert.done').waitFor();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Dropped');
  await context.close();

  // A value set by script, as autofill does, with no focus or key first.
  ({ context, page, errors } = await fresh());
  await page.evaluate(() => {
    const input = document.getElementById('input-app_name');
    input.value = 'Expensify';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.locator('#summary').getByText(/error/).waitFor();
  assert.equal(await page.getByLabel('Partner app name').inputValue(), 'Expensify');
  assert.deepEqual(errors, []);
  await context.close();
});

// The order a first load takes, so that nothing competes with the first paint: the page and
// its stylesheet paint the first view, then the app's wasm is fetched, and the service worker
// (whose first install fetches the whole build) is registered once the app is running.
test('the wasm is fetched after the first paint, and the service worker after the app runs', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      window.registeredAt = performance.now();
      return register(...args);
    };
  });
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await appStarted(page);
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined));
  const order = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-paint')[0].startTime;
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/app_bg.wasm'));
    return { paint, wasmStart: wasm.startTime, wasmEnd: wasm.responseEnd, registered: window.registeredAt };
  });
  assert.ok(order.wasmStart >= order.paint, `wasm requested at ${order.wasmStart} ms, first paint at ${order.paint} ms`);
  assert.ok(order.registered >= order.wasmEnd, `service worker registered at ${order.registered} ms, wasm loaded at ${order.wasmEnd} ms`);
  const registered = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => (r.installing ?? r.waiting ?? r.active).scriptURL));
  assert.match(registered, /sw\.js$/);
  await context.close();
});
