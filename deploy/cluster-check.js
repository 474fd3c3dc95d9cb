// Issue 22, several instances (README, "Twee of meer instanties"); needs playwright-core and chromium.
// Issue 22: the bookkeeper's tablet on instance a, the group screen on instance b,
// both through HAProxy on :8080 (sticky cookie KW_NODE). A confirm on a must show on b's screen.
const { chromium } = require('playwright-core');
const BASE = 'http://localhost:8080';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
  async function device(node, user, w, h) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'nl-NL' });
    await ctx.addCookies([{ name: 'KW_NODE', value: node, url: BASE }]);
    const page = await ctx.newPage();
    page.on('console', m => { if (m.type() === 'error') console.log(node, 'console error:', m.text()); });
    const servedBy = new Set();
    page.on('response', r => { const s = r.headers()['x-served-by']; if (s) servedBy.add(s); });
    await page.goto(BASE + '/login');
    await page.waitForSelector('input[name=username]', { timeout: 60000 });
    await page.fill('input[name=username]', user);
    await page.fill('input[name=password]', 'kring2026');
    await page.keyboard.press('Enter');
    await page.waitForURL(u => !u.toString().includes('login'), { timeout: 30000 }).catch(e => console.log(node, 'login wait:', e.message.split('\n')[0]));
    await page.waitForTimeout(2500);
    console.log(node, 'after login at', page.url());
    return { ctx, page, servedBy };
  }
  const tablet = await device('a', 'voorzitter', 1024, 768);
  const p = tablet.page;
  await p.goto(BASE + '/groepen'); await p.waitForTimeout(2000);
  await p.getByText('De Zonnebloem').first().click(); await p.waitForTimeout(2000);
  await p.screenshot({ path: '/tmp/pw/cluster-a-group.png' }); console.log('group page', p.url());
  if (!/bijeenkomst\/\d+/.test(p.url())) { await p.locator('#to-meeting').click(); await p.waitForURL(/bijeenkomst\/\d+/); await p.waitForTimeout(2000); }
  const sessionId = p.url().match(/bijeenkomst\/(\d+)/)[1];
  console.log('session', sessionId);
  if (await p.locator('#mark-everyone-present').count()) { await p.locator('#mark-everyone-present').click(); await p.waitForTimeout(1500); }
  if (await p.locator('#open-session').count()) { await p.locator('#open-session').click(); await p.waitForTimeout(2000); }
  console.log('status', await p.locator('#session-status').textContent().catch(() => '?'));
  await p.screenshot({ path: '/tmp/pw/cluster-a-open.png' });

  const screen = await device('b', 'begeleider', 1024, 768);
  const s = screen.page;
  await s.goto(BASE + '/bijeenkomst/' + sessionId + '/scherm');
  await s.waitForSelector('#presentation-today', { timeout: 30000 });
  const before = await s.locator('#presentation-today').textContent();
  console.log('group screen on b before:', before);

  const tile = p.locator('[id^=count-]').first();
  console.log('counting', await tile.getAttribute('id'));
  await tile.click(); await p.waitForTimeout(500);
  for (const k of ['1','2','comma','5','0']) { await p.locator('#key-' + k).click(); }
  await p.locator('#show-amount').click();
  await s.waitForSelector('#presentation-amount', { timeout: 15000 });
  console.log('group screen on b shows:', await s.locator('#presentation-amount').textContent());
  await s.screenshot({ path: '/tmp/pw/cluster-b-showing.png' });
  const t0 = Date.now();
  await p.locator('#confirm-seen').click();
  await s.waitForFunction(b => { const e = document.querySelector('#presentation-today'); return e && e.textContent !== b; }, before, { timeout: 15000 });
  console.log('group screen on b after confirm on a:', await s.locator('#presentation-today').textContent(), 'in', Date.now() - t0, 'ms');
  await p.screenshot({ path: '/tmp/pw/cluster-a-after.png' });
  await s.screenshot({ path: '/tmp/pw/cluster-b-after.png' });
  const small = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  await screen.page.setViewportSize({ width: 390, height: 844 }); await s.waitForTimeout(800);
  await s.screenshot({ path: '/tmp/pw/cluster-b-after-390.png' });
  console.log('tablet served by', [...tablet.servedBy], '; group screen served by', [...screen.servedBy]);
  console.log('cookies tablet', (await tablet.ctx.cookies()).map(c => c.name + '=' + (c.name === 'KW_NODE' ? c.value : '…')).join(' '));
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
