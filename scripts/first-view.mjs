// Writes the first view (the prerender binary's HTML) into a page's empty <div id="app"></div>
// and prints the page: `node scripts/first-view.mjs PAGE FIRST_VIEW > OUT`. The markup must be
// the div's only content, with no whitespace around it: on a first visit the app adopts it
// node by node (Yew's hydration; src/web/services/first_view.rs).
import { readFileSync } from 'node:fs';

export function withFirstView(page, firstView) {
  const empty = '<div id="app"></div>';
  if (!page.includes(empty)) throw new Error(`the page has no empty ${empty}`);
  return page.replace(empty, `<div id="app">${firstView.trim()}</div>`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [page, firstView] = process.argv.slice(2);
  process.stdout.write(withFirstView(readFileSync(page, 'utf8'), readFileSync(firstView, 'utf8')));
}
