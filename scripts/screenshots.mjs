// Takes the documentation's screenshots of the built app: node scripts/screenshots.mjs
// (run scripts/build first). Writes docs/screenshots/builder-{desktop,phone}.png.
import { start } from '../tests/e2e/harness.mjs';

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
    await context.close();
  }
} finally {
  await env.stop();
}
