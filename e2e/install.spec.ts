import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';

/*
 * Issue 18, part 3: Safari's storage rule, installing, and the last backup. Chromium plays an
 * iPhone (its user agent), the Home Screen app (navigator.standalone) and Chrome's install
 * offer (a fake beforeinstallprompt), each set before the app's scripts run.
 */

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const phone = { width: 390, height: 844 };
const iosTitle = 'Gebruik je een iPhone of iPad?';
const emptyTitle = 'Je dossiers staan niet meer op dit apparaat';

/** As Safari on an iPhone opened from the Home Screen. */
async function openedFromHomeScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true });
  });
}

/** Chrome's install offer, fired once the app runs; prompt() calls are counted. */
async function offerInstall(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { prompted: number };
    w.prompted = 0;
    const fire = () => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: () => {
          w.prompted += 1;
          return Promise.resolve();
        },
        userChoice: Promise.resolve({ outcome: 'accepted' }),
      });
      window.dispatchEvent(event);
    };
    new MutationObserver((_, observer) => {
      if (!document.documentElement.dataset.started) return;
      observer.disconnect();
      fire();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-started'] });
  });
}

test.describe('on an iPhone, in Safari', () => {
  test.use({ userAgent: iphone, viewport: phone });

  test('the notice shows once, and stays away after "Begrepen"', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('region', { name: iosTitle });
    await expect(notice).toContainText('Een app op je beginscherm valt daar niet onder.');
    // The empty start page also says what may have happened, and how to restore.
    await expect(page.getByText(/^Was je hier eerder bezig en is alles weg\?/)).toBeVisible();
    await expectNoAxeViolations(page);

    await notice.getByRole('link', { name: 'Zo zet je Aan tafel op je beginscherm' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Zet Aan tafel op je beginscherm',
    );
    await expect(page.getByRole('list', { name: 'Stappen op een iPhone of iPad' })).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(4);
    await expectNoAxeViolations(page);

    await page.goto('/');
    await notice.getByRole('button', { name: 'Begrepen' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(/^Was je hier eerder bezig/)).toBeVisible();
    await expect(page.getByRole('heading', { name: iosTitle })).toHaveCount(0);
  });

  test('installed on the Home Screen, nothing more is asked', async ({ page }) => {
    await openedFromHomeScreen(page);
    await offerInstall(page);
    await page.goto('/');
    // What it does say, on an empty app: its storage is not Safari's.
    await expect(page.getByText(/^Heb je eerder in Safari gewerkt\?/)).toBeVisible();
    await expect(page.getByRole('heading', { name: iosTitle })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Installeer de app' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/op-beginscherm');
    await expect(page.getByText('Je gebruikt Aan tafel al als app.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Stappen op een iPhone of iPad' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test("Chrome's install offer: the button appears and opens the browser's question", async ({
  page,
}) => {
  await offerInstall(page);
  await page.goto('/');
  const install = page.getByRole('button', { name: 'Installeer de app' });
  await expect(install).toBeVisible();
  // Not on a computer in the browser: no iPhone notice.
  await expect(page.getByRole('heading', { name: iosTitle })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await install.click();
  await expect.poll(() => page.evaluate(() => (window as { prompted?: number }).prompted)).toBe(1);
  await expect(install).toHaveCount(0);

  await page.goto('/op-beginscherm');
  await expect(page.getByRole('button', { name: 'Installeer de app' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('storage suddenly empty: the start page says what happened, and a backup brings it back', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Riet' });
  await page.goto('/reservekopie');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de reservekopie' }).click();
  const backupPath = (await (await download).path()) ?? '';

  // The browser throws the database away; localStorage (with the mark) survives.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('aantafel');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('not deleted'));
      }),
  );
  await page.goto('/');
  const notice = page.getByRole('region', { name: emptyTitle });
  await expect(notice).toContainText('Op dit apparaat is eerder een dossier gemaakt.');
  await expect(notice).toContainText('Heb je een reservekopie gemaakt? Zet die dan terug.');
  await expectNoAxeViolations(page);

  await notice.getByRole('link', { name: 'Zet een reservekopie terug' }).click();
  await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Zet terug' }).click();
  await expect(page.getByText('1 dossier is teruggezet.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Ga verder met ‘Voor Riet’' })).toHaveAttribute(
    'href',
    `/dossiers/${id}`,
  );
  await expect(notice).toHaveCount(0);
});

test('the overview shows the date of the last backup, in words, after making one', async ({
  page,
}) => {
  const id = await createDossier(page);
  const section = page.getByRole('region', { name: 'Reservekopie' });
  await expect(section).toContainText('Je hebt nog geen reservekopie gemaakt.');
  await section.getByRole('link', { name: 'Maak een reservekopie' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de reservekopie' }).click();
  await download;
  await expect(page.getByText('De reservekopie staat in je downloads.')).toBeVisible();

  await page.goto(`/dossiers/${id}`);
  const today = new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date());
  await expect(section).toContainText(`Laatste reservekopie: ${today}.`);
  await expectNoAxeViolations(page);
});
