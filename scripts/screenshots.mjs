// Takes the README's screenshots of the built app: node scripts/screenshots.mjs
// (run scripts/build first). Writes docs/screenshots/*.png.
import { start, openApp } from '../tests/e2e/harness.mjs';

const env = await start();
try {
  const { context, page } = await openApp(env);
  await page.setViewportSize({ width: 1000, height: 2300 });
  await page.getByLabel('Partner app name').fill('Expensify');
  await page.getByLabel('Company e-mail domain').fill('acme.com');
  await page.getByLabel('Expense', { exact: true }).check();
  await page.getByLabel("Admin's first name").fill('John');
  await page.getByLabel("Admin's last name").fill('Smith');
  await page.getByLabel("Admin's e-mail").fill('john.smith@acme.com');
  await page.getByLabel('Login ID', { exact: true }).fill('john.smith@acme.com');
  await page.getByLabel('First name', { exact: true }).fill('WSADMIN_John');
  await page.getByLabel('Last name', { exact: true }).fill('Smith');
  await page.getByLabel('Can Administer').check();
  await page.screenshot({ path: 'docs/screenshots/builder.png', fullPage: false });
  await context.close();
} finally {
  await env.stop();
}
