import type { ReactNode } from 'react';
import { TermsAsLinks } from './termContext';

/** A checkbox whose label may hold rich content; large enough to tap. */
export function CheckItem({
  id,
  checked,
  onChange,
  children,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="check-item">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>
        <TermsAsLinks value>{children}</TermsAsLinks>
      </label>
    </div>
  );
}
