// Writes the first view (the prerender binary's HTML) into a page's #app, after its
// <noscript>, and prints the page: `node scripts/first-view.mjs PAGE FIRST_VIEW > OUT`.
// The app replaces it when it starts (src/web/services/first_view.rs).
import { readFileSync } from 'node:fs';

export function withFirstView(page, firstView) {
  const marker = '</noscript>';
  const at = page.indexOf(marker, page.indexOf('<div id="app">'));
  if (at < 0) throw new Error('the page has no <div id="app"> with a <noscript> in it');
  return `${page.slice(0, at + marker.length)}\n${firstView}${page.slice(at + marker.length)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [page, firstView] = process.argv.slice(2);
  process.stdout.write(withFirstView(readFileSync(page, 'utf8'), readFileSync(firstView, 'utf8')));
}
