import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useVault } from '../../storage/useVault';
import { LockIsOn } from './LockIsOn';
import { LockLimits } from './LockLimits';
import { TurnOnLock } from './TurnOnLock';

/** /vergrendeling: the app lock for shared family devices. */
export function LockSettingsPage() {
  const { t } = useTranslation();
  const vault = useVault();
  const on = vault.mode === 'open';
  // Say what changed, once, after turning the lock on or off on this page.
  const was = useRef(on);
  const [changed, setChanged] = useState<'on' | 'off' | null>(null);
  useEffect(() => {
    if (was.current !== on) setChanged(on ? 'on' : 'off');
    was.current = on;
  }, [on]);

  return (
    <div className="prose">
      <PageHeading>{t('lock.title')}</PageHeading>
      <p role="status" className="status-message">
        {changed === 'on' ? t('lock.turnedOn') : changed === 'off' ? t('lock.turnedOff') : ''}
      </p>
      {vault.mode === 'open' ? <LockIsOn idleMinutes={vault.lock.idleMinutes} /> : <TurnOnLock />}
      <LockLimits />
    </div>
  );
}
