// The write token (issue 10, item 13): a stored token the server refuses (rotated since, or
// mistyped) is forgotten, and the map asks for it again instead of failing the same way each time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a refused stored token is forgotten and asked for again', async () => {
  const page = await open(browser);
  await page.evaluate(() => sessionStorage.setItem('conflictmap.token', 'rotated-since-0'));
  await page.locator('#btn-add').click();
  await page.locator('#dlg-add').waitFor();
  assert.equal(await page.locator('#add-token').inputValue(), 'rotated-since-0', 'the stored token is offered');
  await page.locator('#add-text').fill('Russian troops were deployed in Gyumri on 3 March 2021.');
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/articles') && r.request().method() === 'POST'),
    page.locator('#add-submit').click(),
  ]);
  assert.equal(resp.status(), 401);
  await page.locator('#add-msg.err').waitFor();
  assert.match(await page.locator('#add-msg').textContent(), /this token is not accepted.*conflictmap token/);
  assert.equal(await page.locator('#add-token').inputValue(), '', 'the refused token is cleared');
  assert.ok(await page.evaluate(() => document.activeElement && document.activeElement.id === 'add-token'), 'the token field has the focus');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('conflictmap.token')), null, 'and it is no longer stored');
  assert.ok(await page.locator('#dlg-add').isVisible(), 'the dialog stays open, the article kept');
  assert.equal(await page.locator('#add-text').inputValue(), 'Russian troops were deployed in Gyumri on 3 March 2021.');
  assert.deepEqual(page.errors, []);
});
