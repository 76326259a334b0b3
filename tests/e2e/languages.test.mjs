// The page in German, French, Spanish and Japanese (issue 25): chosen by the browser's
// language or the menu, kept across reloads, a link made in one language opened in another,
// the Markdown export in the page's language, axe in light and dark, and no sideways scroll
// at a phone's width in the longest (German) and the densest (Japanese) language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, appStarted, fillContext, downloadText, cli } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// What each language calls the checklist's tab, its heading, and its first group.
const WORDS = {
  en: { pwContains: 'The password contains', handoffTab: 'Handoff', handoff: 'Credential handoff', seal: 'Seal packet', tab: 'Checklist', heading: 'Enablement checklist', group: 'Step 1: Create and activate the WS Admin profile', appName: 'Partner app name' },
  de: { pwContains: 'Das Passwort enthält', handoffTab: 'Übergabe', handoff: 'Übergabe der Zugangsdaten', seal: 'Paket versiegeln', tab: 'Checkliste', heading: 'Checkliste zur Aktivierung', group: 'Schritt 1: Das WS-Admin-Profil anlegen und aktivieren', appName: 'Name der Partner-App' },
  fr: { pwContains: 'Le mot de passe contient', handoffTab: 'Transmission', handoff: 'Transmission des identifiants', seal: 'Sceller le paquet', tab: 'Checklist', heading: "Checklist d'activation", group: 'Étape 1 : créer et activer le profil WS Admin', appName: "Nom de l'application partenaire" },
  es: { pwContains: 'La contraseña contiene', handoffTab: 'Entrega', handoff: 'Entrega de credenciales', seal: 'Sellar el paquete', tab: 'Lista', heading: 'Lista de habilitación', group: 'Paso 1: Cree y active el perfil WS Admin', appName: 'Nombre de la aplicación asociada' },
  ja: { pwContains: 'パスワードに', handoffTab: '引き渡し', handoff: '認証情報の引き渡し', seal: 'パケットを封印', tab: 'チェックリスト', heading: '有効化チェックリスト', group: 'ステップ 1: WS Admin プロファイルを作成して有効化する', appName: 'パートナーアプリ名' },
};

/** Fills a profile in English (the harness's labels), then switches the page to `lang`. */
async function fillThenSwitch(page, lang, profile) {
  await fillContext(page, { fillSuggestions: true, ...profile });
  await page.locator('#language').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** A page in a browser that prefers `locale`, its app started and switched to its language. */
async function openIn(locale, options = {}) {
  const context = await env.browser.newContext({ locale, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(options.url ?? `${env.origin}/`);
  await appStarted(page);
  // A first visit takes the page over at the first action.
  await page.locator('#language').focus();
  return { context, page, errors };
}

async function axeViolations(page, label) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('the page speaks the browser\'s language, with Concur\'s labels left in English', async () => {
  for (const [lang, words] of Object.entries(WORDS)) {
    const { context, page, errors } = await openIn(`${lang}-XX`);
    await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    // The form's own labels are translated; Concur's field labels are not.
    await page.getByLabel(words.appName, { exact: true }).fill('Expensify');
    await page.getByLabel('Login ID', { exact: true }).waitFor();
    await page.getByRole('button', { name: words.tab, exact: true }).click();
    await page.getByRole('heading', { name: words.heading, exact: true }).waitFor();
    await page.getByRole('heading', { name: words.group, exact: true }).waitFor();
    assert.equal(await page.locator('#language').inputValue(), lang);
    // The menu path of Concur stays as Concur's English UI shows it.
    const steps = await page.locator('.steps').first().innerText();
    assert.match(steps, /Administration > Setup > Users > Create\/Edit User/);
    await page.getByRole('button', { name: words.handoffTab, exact: true }).click();
    await page.getByRole('heading', { name: words.handoff, exact: true }).waitFor();
    await page.getByRole('button', { name: words.seal, exact: true }).waitFor();
    // The worker checks the password and answers in the page's language.
    await page.locator('#password').fill('Expensify2026');
    await page.locator('#password-findings').getByText(words.pwContains).first().waitFor();
    assert.deepEqual(errors, [], lang);
    await context.close();
  }
});

test('the menu changes the language, keeps it over a reload, and English remains one choice away', async () => {
  const { context, page } = await openIn('en-US');
  await page.locator('#language').selectOption('ja');
  await page.locator('html[lang="ja"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'チェックリスト', exact: true }).waitFor();
  await page.reload();
  await appStarted(page);
  await page.locator('#language').focus();
  await page.locator('html[lang="ja"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'チェックリスト', exact: true }).click();
  await page.getByRole('heading', { name: WORDS.ja.heading }).waitFor();
  await page.locator('#language').selectOption('en');
  await page.getByRole('heading', { name: WORDS.en.heading }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await context.close();
});

test('a link made in German opens in Japanese with the same content; the Markdown export follows the page', async () => {
  const german = await openIn('en-US');
  await fillThenSwitch(german.page, 'de');
  await german.page.getByRole('button', { name: 'Checkliste', exact: true }).click();
  const markdown = await downloadText(german.page, () => german.page.getByRole('button', { name: 'Markdown herunterladen' }).click());
  assert.match(markdown, /^# WS-Admin-Checkliste: Expensify/);
  assert.match(markdown, /## Schritt 1: Das WS-Admin-Profil anlegen und aktivieren/);
  assert.match(markdown, /Login ID: `WSAdmin-Expensify@acme\.com`/);
  // The Helpdesk route's ticket: German with the page, English when the admin asks for it.
  await german.page.locator('#route-helpdesk').check();
  const ticket = german.page.locator('pre.ticket');
  assert.match(await ticket.innerText(), /^Bitte legen Sie in unserer Concur Standard Edition/);
  await german.page.getByLabel('Helpdesk-Ticket auf Englisch schreiben', { exact: false }).check();
  assert.match(await ticket.innerText(), /^Please create a Web Services Administrator user profile/);
  const withTicket = await downloadText(german.page, () => german.page.getByRole('button', { name: 'Markdown herunterladen' }).click());
  assert.match(withTicket, /## Schritt 1/);
  assert.match(withTicket, /Please create a Web Services Administrator user profile/);
  // The choice belongs to the draft: another view and back, and a reload, keep it.
  await german.page.getByRole('button', { name: 'Profil', exact: true }).click();
  await german.page.getByRole('button', { name: 'Checkliste', exact: true }).click();
  assert.equal(await german.page.locator('#ticket-english').isChecked(), true);
  await german.page.reload();
  await appStarted(german.page);
  await german.page.getByRole('button', { name: 'Checkliste', exact: true }).click();
  assert.equal(await german.page.locator('#ticket-english').isChecked(), true);
  assert.match(await ticket.innerText(), /^Please create a Web Services Administrator user profile/);
  await german.page.locator('#route-admin').check();
  await german.page.getByRole('button', { name: 'Als Link teilen' }).click();
  const url = await german.page.locator('#share-link').inputValue();
  await german.context.close();

  const japanese = await openIn('ja-JP', { url });
  await japanese.page.locator('html[lang="ja"]').waitFor({ state: 'attached' });
  // The client's welcome: who it was prepared for and when, and what to do, in Japanese.
  const welcome = await japanese.page.locator('#welcome').innerText();
  assert.match(welcome, /作成/);
  assert.doesNotMatch(welcome, /Prepared|Fill in|Nothing you enter/);
  await japanese.page.getByRole('button', { name: 'チェックリスト', exact: true }).click();
  await japanese.page.getByRole('heading', { name: WORDS.ja.heading }).waitFor();
  const steps = await japanese.page.locator('section.checklist').innerText();
  assert.match(steps, /WSAdmin-Expensify@acme\.com/);
  assert.match(steps, /Expensify を有効にし/);
  assert.deepEqual(japanese.errors, []);
  await japanese.context.close();

  // The link says it was made in German: a hint, offered, never imposed.
  const english = await openIn('en-US', { url });
  await english.page.getByRole('heading', { name: WORDS.en.heading }).or(english.page.getByRole('button', { name: 'Checklist', exact: true })).first().waitFor();
  const offer = english.page.locator('#language-offer');
  await offer.waitFor();
  assert.equal(await english.page.locator('html').getAttribute('lang'), 'en');
  await offer.getByRole('button', { name: 'Deutsch' }).click();
  await english.page.locator('html[lang="de"]').waitFor({ state: 'attached' });
  assert.equal(await offer.count(), 0);
  await english.context.close();
});

test('axe finds nothing in light or dark in any language (form, checklist, handoff), and German and Japanese fit a phone', async () => {
  for (const lang of Object.keys(WORDS)) {
    for (const colorScheme of ['light', 'dark']) {
      const phone = lang === 'de' || lang === 'ja';
      const { context, page } = await openIn('en-US', {
        colorScheme,
        viewport: phone ? { width: 360, height: 640 } : { width: 1280, height: 800 },
      });
      await fillThenSwitch(page, lang, { app: 'Reisekostenabrechnungsintegration' });
      assert.deepEqual(await axeViolations(page, `${lang} ${colorScheme} profile`), []);
      if (phone) {
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.equal(sideways, 0, `${lang}: the profile scrolls ${sideways} px sideways at 360 px`);
      }
      await page.getByRole('button', { name: WORDS[lang].tab, exact: true }).click();
      await page.getByRole('heading', { name: WORDS[lang].heading }).waitFor();
      assert.deepEqual(await axeViolations(page, `${lang} ${colorScheme} checklist`), []);
      if (phone) {
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.equal(sideways, 0, `${lang}: the checklist scrolls ${sideways} px sideways at 360 px`);
      }
      await page.getByRole('button', { name: WORDS[lang].handoffTab, exact: true }).click();
      await page.getByRole('heading', { name: WORDS[lang].handoff, exact: true }).waitFor();
      assert.deepEqual(await axeViolations(page, `${lang} ${colorScheme} handoff`), []);
      if (phone) {
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.equal(sideways, 0, `${lang}: the handoff scrolls ${sideways} px sideways at 360 px`);
      }
      await context.close();
    }
  }
});

test('the single file carries every language and switches without fetching', async () => {
  const file = pathToFileURL(fileURLToPath(new URL('../../dist/wsadmin-prep.html', import.meta.url))).href;
  const { context, page, errors } = await openIn('es-ES', { url: file });
  await page.locator('html[lang="es"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Lista', exact: true }).click();
  await page.getByRole('heading', { name: WORDS.es.heading }).waitFor();
  await page.locator('#language').selectOption('fr');
  await page.getByRole('heading', { name: WORDS.fr.heading }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('problems, an opened packet and Concur\'s own German labels read in the page\'s language', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wsadmin-lang-'));
  const { context, page, errors } = await openIn('en-US');
  await fillThenSwitch(page, 'de', { fillSuggestions: true });

  // A Markdown export imported by mistake: the reason, and the draft left as it was.
  await page.locator('#import-file').setInputFiles({ name: 'checkliste.md', mimeType: 'text/markdown', buffer: Buffer.from(cli(['--lang', 'de', 'checklist', 'docs/examples/expensify-standard.json'])) });
  const problem = page.locator('.alert.problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), /„checkliste\.md“: eine Markdown-Checkliste, die zum Lesen und Drucken gedacht ist.*Ihr geöffneter Entwurf bleibt unverändert\./);

  // Concur's German label beside its English one on Standard's user form, and only there.
  await page.getByRole('button', { name: WORDS.de.tab, exact: true }).click();
  const createUser = page.locator('.step', { hasText: 'Create/Edit User' }).first();
  assert.match(await createUser.locator('.menu-path').innerText(), /Create\/Edit User \(in Concur auf Deutsch: „Benutzer anlegen\/bearbeiten“\)/);
  assert.match(await createUser.locator('dt').first().innerText(), /^Login ID\s+\(in Concur auf Deutsch: „Anmeldung \(E-Mail-Adresse\)“\)$/);
  assert.equal(await page.locator('.label-here').count(), 3);

  // The provider's side: a packet sealed to another key, then the right one, in German.
  await page.getByRole('button', { name: WORDS.de.handoffTab, exact: true }).click();
  const key = await downloadText(page, () => page.getByRole('button', { name: 'Schlüssel erzeugen und herunterladen' }).click());
  const publicKey = await page.getByLabel('Ihr öffentlicher Schlüssel').inputValue();
  const armored = cli(['seal', 'docs/examples/expensify-standard.json', '--password-stdin', '--activated', '--to', publicKey], 'vR7#q2Lm!x9Tz@4Wk\n');
  writeFileSync(join(scratch, 'other.key'), cli(['keygen']));
  writeFileSync(join(scratch, 'provider.key'), key);
  await page.locator('#packet-input').fill(armored);
  await page.locator('#identity-file').setInputFiles(join(scratch, 'other.key'));
  await page.getByRole('button', { name: 'Paket öffnen' }).click();
  await page.getByText(/dieses Paket wurde für einen anderen Schlüssel versiegelt/).waitFor();
  await page.locator('#identity-file').setInputFiles(join(scratch, 'provider.key'));
  await page.getByRole('button', { name: 'Paket öffnen' }).click();
  await page.locator('.opened').waitFor();
  const labels = await page.locator('.opened dt').allInnerTexts();
  assert.deepEqual(labels, ['App', 'Edition', 'Login ID', 'Password', 'Aktiviert', 'Domain des Unternehmens', 'Versiegelt am']);
  assert.match(await page.locator('.opened').innerText(), /Aktiviert\s+ja/);
  assert.deepEqual(errors, []);
  await context.close();
});

const PROFILE_TAB = { de: 'Profil', fr: 'Profil', es: 'Perfil', ja: 'プロファイル' };
// Words only English uses, as whole words: a sentence left untranslated shows some of them.
const ENGLISH_WORDS = /\b(the|and|your|with|this|that|from|before|after|must|cannot|you|are|of|to|not|it|be|has|have)\b/;
// English that is Concur's own, quoted inside translated sentences.
const CONCUR_ENGLISH = [/Travel and Expense Administrator/g, /Expense & Invoice Settings/g];

test('no English sentence is left in any language: the form with findings, both checklists, the handoff and a packet refused', async () => {
  for (const lang of ['de', 'fr', 'es', 'ja']) {
    const { context, page, errors } = await openIn('en-US');
    // A profile with mistakes, so that findings and their fixes show.
    await page.getByLabel('Standard Edition').check();
    await page.getByLabel('Partner app name').fill('Expensify');
    await page.getByLabel('Company e-mail domain').fill('https://acme.com');
    await page.getByLabel('Expense', { exact: true }).check();
    await page.getByLabel("Admin's first name").fill('john');
    await page.getByLabel("Admin's e-mail").fill('jsmith@acme');
    await page.locator('#language').selectOption(lang);
    await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    const seen = [];
    const look = async (where) => seen.push([where, await page.locator('body').innerText()]);
    await look('profile');
    await page.getByRole('button', { name: WORDS[lang].tab, exact: true }).click();
    await look('checklist');
    await page.locator('#route-helpdesk').check();
    await look('checklist, Helpdesk');
    await page.getByRole('button', { name: WORDS[lang].handoffTab, exact: true }).click();
    await page.locator('#password').fill('password');
    await page.locator('#password-findings [data-rule="PASSWORD-WEAK"]').waitFor();
    await page.locator('#packet-input').fill('-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----');
    await page.locator('#open-passphrase').fill('not the passphrase');
    await page.locator('#open-passphrase').press('Enter');
    await page.locator('.side button.primary').last().click();
    await page.locator('.side .alert.problem').last().waitFor();
    await look('handoff');
    // The token route, on Standard Edition: the own-role step and its confirmation.
    await page.getByRole('button', { name: PROFILE_TAB[lang], exact: true }).click();
    await page.locator('#connection-company-request-token').check();
    await page.locator('#role-confirmed').waitFor();
    await look('profile, token');
    await page.getByRole('button', { name: WORDS[lang].tab, exact: true }).click();
    await look('checklist, token');
    const english = seen.flatMap(([where, text]) => text.split('\n')
      .filter((line) => ENGLISH_WORDS.test(CONCUR_ENGLISH.reduce((l, concur) => l.replace(concur, ''), line)))
      .map((line) => `${where}: ${line}`));
    assert.deepEqual(english, [], lang);
    assert.deepEqual(errors, [], lang);
    await context.close();
  }
});
