// The whole flow from the keyboard alone, as someone who cannot use a mouse does it: Tab
// (and Shift+Tab) to move, typing, Space and Enter to act. The test reads the page to know
// where focus is, but never clicks, fills or focuses anything itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openApp } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/**
 * Presses Tab (or Shift+Tab, `backwards`) until the focused element matches `selector`,
 * and has `name` as its text if given, as a keyboard user moves through the page. Fails if
 * it is never reached: an unreachable control is the bug this test looks for.
 */
async function tabTo(page, selector, { name, backwards = false } = {}) {
  for (let presses = 0; presses < 250; presses += 1) {
    const here = await page.evaluate(({ selector, name }) => {
      const element = document.activeElement;
      if (!element || !element.matches(selector)) return false;
      return name === undefined || element.textContent.trim() === name;
    }, { selector, name });
    if (here) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reaches ${selector}${name ? ` "${name}"` : ''}`);
}

async function type(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

test('the whole flow works from the keyboard alone: builder, checklist, share, handoff', async () => {
  const { context, page, errors } = await openApp(env, { acceptDownloads: true });

  // Builder.
  await tabTo(page, '#edition-standard');
  await page.keyboard.press('Space');
  await type(page, '#input-app_name', 'Expensify');
  await type(page, '#input-company_domain', 'acme.com');
  await tabTo(page, 'input[type=checkbox]');
  await page.keyboard.press('Space');
  await type(page, '#input-authorizing_admin-first_name', 'John');
  await type(page, '#input-authorizing_admin-last_name', 'Smith');
  await type(page, '#input-authorizing_admin-email', 'john.smith@acme.com');
  // Back up to the bar above the form, where "Fill suggestions" is.
  await tabTo(page, 'button', { name: 'Fill suggestions', backwards: true });
  await page.keyboard.press('Enter');
  await page.locator('#summary').getByText(/All clear/).waitFor();

  // Checklist: tick the first step, download the Markdown, make a share link.
  await tabTo(page, 'button.tab', { name: 'Checklist', exact: true });
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-step] input[type=checkbox]');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('[data-step] input[type=checkbox]').first().isChecked(), true);
  await tabTo(page, 'button', { name: 'Download Markdown' });
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(readFileSync(await markdown.path(), 'utf8'), /- \[x\]/);
  await tabTo(page, 'button', { name: 'Share as a link' });
  await page.keyboard.press('Enter');
  await page.locator('#share-link').waitFor();

  // Handoff: the provider's key, a generated password, the first log-in confirmed, sealed.
  await tabTo(page, 'button.tab', { name: 'Handoff', backwards: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'button', { name: 'Generate' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('password').value.length === 20);
  await tabTo(page, 'button', { name: 'Generate a key and download it' });
  await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const publicKey = await page.locator('#public-key').inputValue();
  // Back to the admin's side to enter the key.
  await tabTo(page, '#recipient', { backwards: true });
  await page.keyboard.type(publicKey);
  await tabTo(page, '#confirm-key');
  await page.keyboard.press('Space');
  await tabTo(page, '#activated');
  await page.keyboard.press('Space');
  await tabTo(page, 'button', { name: 'Seal packet' });
  await page.keyboard.press('Enter');
  await page.getByText(/Checked: sealed to age1/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
