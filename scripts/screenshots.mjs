// Takes the documentation's screenshots of the built app: node scripts/screenshots.mjs
// (run scripts/build first). Writes docs/screenshots/*.png: the builder at desktop and
// phone widths, the checklist, its print view, the handoff, the app provider's own entry
// (#provider) and a client's welcome to a consultant's template, both on a phone.
import { start, sealToAFreshKey } from '../tests/e2e/harness.mjs';

const env = await start();
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1100, height: 2300 }],
    ['phone', { width: 360, height: 3000 }],
  ]) {
    const context = await env.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await page.locator('#summary').waitFor();
    await page.getByLabel('Professional Edition').check();
    await page.getByLabel('Partner app name').fill('Expensify');
    await page.getByLabel('Company e-mail domain').fill('acme.com');
    await page.getByLabel('Expense', { exact: true }).check();
    await page.getByLabel('Travel', { exact: true }).check();
    await page.getByLabel("Admin's first name").fill('John');
    await page.getByLabel("Admin's last name").fill('Smith');
    await page.getByLabel("Admin's e-mail").fill('john.smith@acme.com');
    await page.getByRole('button', { name: 'Fill suggestions' }).click();
    await page.getByLabel('Login ID', { exact: true }).fill('john.smith@acme.com');
    await page.getByLabel('Travel User').uncheck();
    await page.screenshot({ path: `docs/screenshots/builder-${name}.png` });
    if (name === 'desktop') {
      await page.getByLabel('Login ID', { exact: true }).fill('WSAdmin-Expensify@acme.com');
      await page.getByLabel('Travel User').check();
      await page.getByRole('button', { name: 'Checklist', exact: true }).click();
      for (const id of ['dedicated-profile', 'create-user', 'grant-permissions']) {
        await page.locator(`[data-step="${id}"] input[type=checkbox]`).first().check();
      }
      await page.locator('[data-step="create-user"] textarea').fill('Created by John; password typed in Concur only');
      await page.screenshot({ path: 'docs/screenshots/checklist.png' });
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 800, height: 1600 });
      await page.screenshot({ path: 'docs/screenshots/checklist-print.png' });
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize(viewport);
      await page.getByRole('button', { name: 'Handoff', exact: true }).click();
      await page.getByRole('button', { name: 'Generate', exact: true }).click();
      await page.locator('#strength').getByText(/Strength [34] of 4/).waitFor();
      await sealToAFreshKey(page);
      await page.screenshot({ path: 'docs/screenshots/handoff.png' });
    }
    await context.close();
  }

  const phone = { viewport: { width: 360, height: 640 } };
  // The provider's own entry, as a provider's phone shows it first.
  {
    const context = await env.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${env.origin}/#provider`);
    await page.getByRole('heading', { name: "Receive a client's Concur credentials" }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/provider-entry.png' });
    await context.close();
  }
  // A consultant's template for Müller & Söhne, opened by the client.
  {
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await page.getByLabel('Client company (optional)').fill('Müller & Söhne GmbH');
    await page.getByLabel('Partner app name').fill('Expensify');
    await page.getByLabel('Company e-mail domain').fill('mueller-soehne.de');
    await page.getByLabel('Expense', { exact: true }).check();
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    await page.getByRole('button', { name: 'Share a template (no personal details)' }).click();
    const link = await page.locator('#share-link').inputValue();
    await context.close();
    const client = await env.browser.newContext(phone);
    const clientPage = await client.newPage();
    await clientPage.goto(link);
    await clientPage.locator('#welcome').waitFor();
    await clientPage.locator('#welcome').scrollIntoViewIfNeeded();
    await clientPage.screenshot({ path: 'docs/screenshots/client-welcome.png' });
    await client.close();
  }
} finally {
  await env.stop();
}
