// The download dialog offers XLSX (issue 10, item 11): the same selection as the other formats,
// served as a spreadsheet. The workbook's contents are checked in Go (web/xlsx_test.go).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('"Download what you see" offers an XLSX file of the same selection', async () => {
  const page = await open(browser, '/');
  await page.locator('#btn-download').click();
  await page.locator('#dlg-download').waitFor();
  await page.waitForFunction(() => document.getElementById('dl-count').dataset.n !== '');
  const geo = new URL(await page.locator('#dl-geojson').getAttribute('href'), BASE);
  const xlsx = new URL(await page.locator('#dl-xlsx').getAttribute('href'), BASE);
  assert.equal(xlsx.searchParams.get('format'), 'xlsx');
  geo.searchParams.delete('format');
  xlsx.searchParams.delete('format');
  assert.equal(xlsx.pathname, geo.pathname);
  assert.equal(xlsx.searchParams.toString(), geo.searchParams.toString(), 'the same filters as the other formats');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#dl-xlsx').click()]);
  assert.match(download.suggestedFilename(), /^conflictmap-[a-z]+\.xlsx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip (OOXML) file');
  const r = await fetch(new URL(await page.locator('#dl-xlsx').getAttribute('href'), BASE));
  assert.equal(r.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.deepEqual(page.errors, []);
});
