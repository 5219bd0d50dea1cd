import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function BackLink({ to, label }: { to: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Link className="back-link" to={to}>
      {label ?? t('back')}
    </Link>
  );
}
