// Renders www/icon.svg to the PNG icons the manifest lists (192 and 512 pixels), with
// Debian's chromium. Run again after changing the SVG: node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Resolved from the e2e tests' packages, where scripts/setup installs playwright-core.
const { chromium } = await import('../tests/e2e/node_modules/playwright-core/index.mjs');

const www = fileURLToPath(new URL('../www/', import.meta.url));
const svg = readFileSync(`${www}icon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: `${www}icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
