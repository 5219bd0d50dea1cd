import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { during } from '../../content/during';
import { EssentialsToRead } from './ChecklistSection';
import { InfoPage } from './InfoPage';

export function DuringPage() {
  const { t } = useTranslation();
  const l = useLocalize();
  return (
    <InfoPage title={t('info.sections.during.title')} lead={<ContentText text={during.intro} />}>
      <EssentialsToRead sections={during.phases} />
      <h2>{t('info.tips')}</h2>
      <ul className="tips">
        {during.tips.map((tip) => (
          <li key={tip.id}>
            <ContentText text={tip.text} />
            <SourceNote sources={tip.sources} />
          </li>
        ))}
      </ul>
      {during.boxes.map((box) => (
        <section key={box.id} aria-labelledby={`box-${box.id}`} className="inset">
          <h2 id={`box-${box.id}`}>{l(box.title)}</h2>
          <ContentText text={box.body} />
          <SourceNote sources={box.sources} />
        </section>
      ))}
    </InfoPage>
  );
}
