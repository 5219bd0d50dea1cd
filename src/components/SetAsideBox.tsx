import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A text that was too long to store, kept until the resident throws it away (issue 16, item 8). */
export interface SetAsideView {
  id: string;
  text: string;
  length: number;
  limit: number;
  discard: () => void;
}

export function SetAsideBox({ item }: { item: SetAsideView }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const number = (n: number) => n.toLocaleString(i18n.language);
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopied('no');
    clipboard.writeText(item.text).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  return (
    <section className="inset set-aside" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('save.setAsideTitle')}</h2>
      <p>
        {t('save.setAsideIntro', { length: number(item.length), limit: number(item.limit) })}{' '}
        {t('save.setAsideWhat')}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('save.setAsideLabel')}
        </label>
        <textarea
          className="field__input field__textarea"
          id={`${id}-text`}
          rows={5}
          readOnly
          value={item.text}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={copy}>
          {t('save.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={item.discard}>
          {t('save.discard')}
        </button>
      </div>
      <p role="status">
        {copied === 'yes' ? t('save.copied') : copied === 'no' ? t('save.copyFailed') : ''}
      </p>
    </section>
  );
}
