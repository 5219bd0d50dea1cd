import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WorksheetItem } from '../../content/schema';
import type { WorksheetForm } from './worksheetForm';
import { useWorksheetVoice } from './voice';

/**
 * "Alleen voor mezelf": this answer stays out of the plan for the gemeente. On a page of many
 * items the label shows only its first words, so that it fits beside the example; the page says
 * once what it means, and a screen reader hears the whole label with the item's name.
 */
export function PrivateChoice({
  item,
  form,
  label,
  full,
}: {
  item: WorksheetItem;
  form: UseFormReturn<WorksheetForm>;
  label: string;
  full: boolean;
}) {
  const { t } = useTranslation();
  const voice = useWorksheetVoice();
  const id = `${item.id}-private`;
  return (
    <div className={`check-item ws-private${full ? ' ws-private--full' : ''}`}>
      <input type="checkbox" id={id} {...form.register(`${item.id}.private`)} />
      <label htmlFor={id}>
        {voice.forSelf ? t('plan.privateShort') : t('plan.privateShortOther', { name: voice.name })}
        <span className={full ? undefined : 'visually-hidden'}>
          . {t('plan.privateNotShared')}
        </span>{' '}
        <span className="visually-hidden">({label})</span>
      </label>
    </div>
  );
}
