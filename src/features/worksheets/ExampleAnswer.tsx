import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { exampleAnswerFor, exampleName } from '../../content/example';

/**
 * "Zo kan het eruitzien" (issue 17, "Show, don't only tell"): on request, what a fictitious
 * resident wrote for this item. A native disclosure, closed by default; it says plainly that the
 * text is an example and that she does not exist. It only shows text: nothing goes into the form.
 */
export function ExampleAnswer({ itemId, label }: { itemId: string; label: string }) {
  const { t, i18n } = useTranslation();
  const l = useLocalize();
  const answer = exampleAnswerFor(itemId);
  if (!answer) return null;
  const shown =
    'text' in answer
      ? l(answer.text)
      : 'age' in answer
        ? t('example.age', { age: answer.age })
        : t(`plan.yesno.${answer.choice}`);
  return (
    <details className="details example-answer">
      <summary>
        {t('example.summary')} <span className="visually-hidden">({label})</span>
      </summary>
      <div className="inset example-answer__body">
        <p className="example-answer__mark">
          {t('example.mark', { name: exampleName(i18n.language) })}
        </p>
        <p className="example-answer__text">{shown}</p>
      </div>
    </details>
  );
}
