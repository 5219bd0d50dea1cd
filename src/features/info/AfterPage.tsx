import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { after } from '../../content/after';
import { EssentialsToRead } from './ChecklistSection';
import { InfoPage } from './InfoPage';

export function AfterPage() {
  const { t } = useTranslation();
  return (
    <InfoPage title={t('info.sections.after.title')} lead={<ContentText text={after.intro} />}>
      <EssentialsToRead sections={after.sections} />
      <h2>{t('info.tips')}</h2>
      <ul className="tips">
        {after.tips.map((tip) => (
          <li key={tip.id}>
            <ContentText text={tip.text} />
            <SourceNote sources={tip.sources} />
          </li>
        ))}
      </ul>
    </InfoPage>
  );
}
