import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { PlanDocument } from '../../domain/planDocument';
import type { MadePdf } from '../../pdf/madePdf';

interface Known {
  key: string;
  pages: number;
  replaced: number;
}

/**
 * The plan's PDF, made in the background as soon as the page shows it (for the page count), and
 * kept: "Deel" and "Open" then work at once, inside the tap that asked for them.
 */
export function usePlanPdf(doc: PlanDocument, t: TFunction, language: string, largePrint: boolean) {
  const key = useMemo(
    () => JSON.stringify([doc, largePrint, language]),
    [doc, largePrint, language],
  );
  const cache = useRef<{ key: string; made: Promise<MadePdf> } | null>(null);
  const [known, setKnown] = useState<Known | null>(null);

  const get = useCallback((): Promise<MadePdf> => {
    if (cache.current?.key === key) return cache.current.made;
    const made = import('./makePdf').then((m) => m.makePlanPdf(doc, t, language, largePrint));
    cache.current = { key, made };
    // A failed PDF is not kept: the next tap tries again.
    made.catch(() => {
      if (cache.current?.made === made) cache.current = null;
    });
    return made;
    // key holds everything the PDF depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (doc.sections.length === 0) return;
    let current = true;
    const start = performance.now();
    get()
      .then((made) => {
        // The first PDF of a page view includes loading the PDF code: the "cold" figure in npm run bench.
        performance.measure('pdf-background', { start });
        if (current) setKnown({ key, pages: made.pages, replaced: made.replaced });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // key holds everything the PDF depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { key, get, known: known?.key === key ? known : null };
}
