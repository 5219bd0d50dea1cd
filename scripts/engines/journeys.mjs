// The key journeys (issue 18), run in every engine by engines.test.mjs. Labels and flows as in
// e2e/ (pages.ts createDossier, lock.spec.ts, trust.spec.ts, export.spec.ts, reflow.spec.ts).
import assert from 'node:assert/strict';

const passphrase = 'blauwe fiets op zondag';
const startHeading = 'Bereid je keukentafelgesprek voor';

/** Makes a dossier through the wizard and returns its id (e2e/pages.ts createDossier). */
async function createDossier(b, personName) {
  await b.goto('/dossiers/nieuw');
  await b.check({ label: 'Voor iemand anders' });
  await b.click({ role: 'button', name: 'Verder' });
  await b.fill({ label: 'Voornaam' }, personName);
  await b.click({ role: 'button', name: 'Verder' });
  await b.click({ role: 'button', name: 'Maak het dossier' });
  await b.find({ role: 'heading', level: 1, name: 'Bereid het gesprek voor', partial: true });
  const id = /^\/dossiers\/([^/]+)$/.exec(await b.path())?.[1];
  assert.ok(id, 'no dossier id in the address');
  return id;
}

async function fillWorksheet(b, id, text) {
  await b.goto(`/dossiers/${id}/plan/voorstellen`);
  await b.fill({ role: 'textbox', name: 'Woonsituatie' }, text);
  await b.click({ role: 'button', name: 'Opslaan en verder' });
  // "Opslaan en verder" goes on to worksheet 2 once the answer is stored.
  await b.waitFor(
    (from) => location.pathname !== from && document.querySelector('main h1') !== null,
    [`/dossiers/${id}/plan/voorstellen`],
    'the worksheet did not move on',
  );
}

/**
 * Waits until the service worker has stored the app (it is active), then loads the page again:
 * the app does not claim open pages (registerType 'prompt'), so only a new page load is its.
 */
async function waitForServiceWorker(b) {
  const started = Date.now();
  await b.waitFor(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    [],
    'the service worker was not installed within 60 s',
    60_000,
  );
  await b.reload();
  await b.waitFor(
    () => navigator.serviceWorker.controller?.state === 'activated',
    [],
    'the service worker did not take control of a new page',
  );
  return Date.now() - started;
}

/** Every IndexedDB row and localStorage, as anyone could read them (e2e/lock.spec.ts). */
const rawStorage = (b) =>
  b.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('aantafel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store) =>
      new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const rows = [await all('dossiers'), await all('entries'), await all('meta')];
    db.close();
    return JSON.stringify([rows, { ...localStorage }]);
  });

const isPdf = (bytes) =>
  bytes.subarray(0, 5).toString() === '%PDF-' && bytes.subarray(-1024).includes('%%EOF');
const isJson = (bytes) => {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return false;
  }
};

export const journeys = {
  'start page without console errors': async (b) => {
    await b.goto('/');
    await b.find({ role: 'heading', level: 1, name: startHeading });
    await b.find({ role: 'link', name: 'Begin' });
  },

  'make a dossier, answer, reload: the answer is there': async (b) => {
    const id = await createDossier(b, 'Riet');
    await b.goto(`/dossiers/${id}/vragen/vraag-1`);
    await b.check({ role: 'radio', name: 'Nee' });
    await b.click({ role: 'button', name: 'Verder' });
    await b.find({ role: 'heading', level: 1, name: 'Uitleg bij vraag 1', partial: true });
    await fillWorksheet(b, id, 'Een bovenwoning zonder lift.');

    await b.goto(`/dossiers/${id}/vragen/vraag-1`);
    await b.reload();
    await b.find({ role: 'radio', name: 'Nee' });
    assert.equal(await b.checked({ role: 'radio', name: 'Nee' }), true);
    await b.goto(`/dossiers/${id}/plan/voorstellen`);
    await b.reload();
    await b.find({ role: 'textbox', name: 'Woonsituatie' });
    assert.equal(
      await b.value({ role: 'textbox', name: 'Woonsituatie' }),
      'Een bovenwoning zonder lift.',
    );
  },

  'the service worker takes control; the app reloads offline': async (b) => {
    const id = await createDossier(b, 'Joke');
    const ms = await waitForServiceWorker(b);
    await b.setOffline(true);
    try {
      await b.reload();
      await b.find({ role: 'heading', level: 1, name: 'Bereid het gesprek voor', partial: true });
      // New page loads, each served by the service worker.
      await b.goto('/', { load: true });
      await b.find({ role: 'heading', level: 1, name: startHeading });
      await b.goto('/instellingen', { load: true });
      await b.find({ role: 'heading', level: 1, name: 'Instellingen' });
      await b.goto(`/dossiers/${id}/plan/voorstellen`, { load: true });
      await b.find({ role: 'textbox', name: 'Woonsituatie' });
    } finally {
      await b.setOffline(false);
    }
    return `the service worker was ready ${(ms / 1000).toFixed(1)} s after the dossier was made`;
  },

  'a plan PDF is produced': async (b) => {
    const id = await createDossier(b, 'Ans');
    await fillWorksheet(b, id, 'Een flat met een lift.');
    await b.goto(`/dossiers/${id}/pdf`);
    await b.waitForText('Het plan is 1 pagina.'); // the plan is laid out
    await b.click({ role: 'button', name: 'Download het plan als PDF' });
    const file = await b.waitForDownload(/^persoonlijk-plan-.*\.pdf$/, isPdf);
    assert.ok(file.bytes.length > 1000, `${file.name} has only ${file.bytes.length} bytes`);
    await b.waitForText('De PDF is gedownload.');
  },

  'a backup file is made and restored': async (b) => {
    const id = await createDossier(b, 'Wim');
    await fillWorksheet(b, id, 'Een flat op twee hoog.');
    await b.goto('/reservekopie');
    await b.click({ role: 'button', name: 'Download de reservekopie' });
    const file = await b.waitForDownload(
      /^aan-tafel-reservekopie-\d{4}-\d{2}-\d{2}\.aantafel\.json$/,
      isJson,
    );
    assert.ok(file.bytes.includes('Een flat op twee hoog.'), 'the answer is not in the backup');

    await b.goto('/dossiers');
    await b.click({ role: 'link', name: 'Voor Wim verwijderen' });
    await b.click({ role: 'button', name: 'Ja, verwijder het dossier' });
    await b.goto('/dossiers');
    assert.equal(await b.has({ role: 'heading', level: 2, name: 'Voor Wim' }), false);

    await b.goto('/reservekopie');
    await b.upload({ label: 'Kies het bestand met de reservekopie' }, file.path);
    await b.click({ role: 'button', name: 'Zet terug' });
    await b.waitForText('teruggezet.');
    await b.goto(`/dossiers/${id}/plan/voorstellen`);
    await b.find({ role: 'textbox', name: 'Woonsituatie' });
    assert.equal(
      await b.value({ role: 'textbox', name: 'Woonsituatie' }),
      'Een flat op twee hoog.',
    );
  },

  'no sideways scrolling at the narrowest width': async (b) => {
    const id = await createDossier(b, 'Fatma');
    const routes = [
      '/',
      '/dossiers',
      `/dossiers/${id}`,
      `/dossiers/${id}/vragen/vraag-1`,
      `/dossiers/${id}/plan/voorstellen`,
      `/dossiers/${id}/pdf`,
      '/reservekopie',
      '/vergrendeling',
      '/instellingen',
      '/over-het-gesprek',
      '/over-het-gesprek/begrippen',
      '/over-deze-app',
    ];
    const width = await b.setWidth(320);
    const overflow = [];
    try {
      for (const textSize of [100, 200]) {
        await b.evaluate((size) => {
          const key = 'aantafel-preferences';
          const saved = JSON.parse(localStorage.getItem(key) ?? '{"state":{},"version":1}');
          saved.state = { language: 'nl', ...saved.state, textSize: size };
          localStorage.setItem(key, JSON.stringify(saved));
        }, textSize);
        await b.reload(); // the text size applies from a page load on (src/boot/preferences.js)
        for (const path of routes) {
          await b.goto(path);
          const wider = await b.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (wider > 0) overflow.push(`${path} at ${textSize}% text: ${wider} px`);
        }
      }
    } finally {
      await b.evaluate(() => localStorage.removeItem('aantafel-preferences'));
      await b.reload();
      await b.setWidth(1280);
    }
    assert.deepEqual(overflow, [], `sideways scrolling at ${width} px`);
    return `${routes.length} pages at ${width} CSS px, text 100% and 200%`;
  },

  // Last: if it fails half-way, the lock stays on, and the journeys after it would find it locked.
  'lock on: stored words unreadable; unlock after reload': async (b) => {
    const id = await createDossier(b, 'Truus');
    await fillWorksheet(b, id, 'Een bovenwoning met een steile trap.');
    assert.ok((await rawStorage(b)).includes('steile trap'));

    await b.goto('/instellingen');
    await b.click({ role: 'link', name: 'Vergrendeling met een wachtwoordzin' });
    await b.find({ role: 'heading', level: 1, name: 'Vergrendeling' });
    await b.fill({ label: 'Kies een wachtwoordzin' }, passphrase);
    await b.fill({ label: 'Typ de wachtwoordzin nog een keer' }, passphrase);
    await b.check({ label: 'Na 5 minuten' });
    await b.click({ role: 'button', name: 'Zet de vergrendeling aan' });
    await b.waitForText('De vergrendeling staat nu aan.');
    const raw = await rawStorage(b);
    for (const secret of ['Truus', 'steile trap'])
      assert.ok(!raw.includes(secret), `"${secret}" readable`);

    await b.goto(`/dossiers/${id}/plan/voorstellen`);
    await b.reload();
    await b.find({ role: 'heading', level: 1, name: 'De app is vergrendeld' });
    assert.ok(!(await b.bodyText()).includes('Truus'), 'the name shows while locked');
    await b.fill({ label: 'Wachtwoordzin' }, passphrase);
    await b.click({ role: 'button', name: 'Ontgrendel' });
    await b.find({ role: 'textbox', name: 'Woonsituatie' });
    assert.equal(
      await b.value({ role: 'textbox', name: 'Woonsituatie' }),
      'Een bovenwoning met een steile trap.',
    );

    // A page load forgets the key again: unlock, then turn the lock off.
    await b.goto('/vergrendeling', { load: true });
    await b.fill({ label: 'Wachtwoordzin' }, passphrase);
    await b.click({ role: 'button', name: 'Ontgrendel' });
    await b.find({ role: 'button', name: 'Zet de vergrendeling uit' });
    await b.fill({ label: 'Wachtwoordzin' }, passphrase);
    await b.click({ role: 'button', name: 'Zet de vergrendeling uit' });
    await b.waitForText('De vergrendeling staat nu uit.');
  },
};
