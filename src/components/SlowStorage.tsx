import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a page may wait for the browser's storage before it says something. */
export const slowStorageAfterMs = 6000;

/**
 * Shown in place of a page that waits for the browser's storage. Nothing at first (most pages
 * load in well under a second); after a few seconds it says plainly what to do. The key journeys
 * in WebKitGTK found a database that stops answering for the rest of the session (issue 18):
 * without this the page would stay empty, with no word of why.
 */
export function SlowStorage() {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowStorageAfterMs);
    return () => clearTimeout(timer);
  }, []);
  if (!slow) return null;
  return (
    <div className="prose" role="status">
      <h1>{t('save.slow.title')}</h1>
      <p>{t('save.slow.text')}</p>
      <p>{t('save.slow.again')}</p>
    </div>
  );
}
