import type { Translate } from '../i18n';
import { refusalText, strengthLevel, type PassphraseCheck } from './passphrase-strength';

/** The shared rule's verdict under a new-passphrase field: a bar, and why a passphrase is refused. */
export function PassphraseMeter({ id, check, t }: { id: string; check: PassphraseCheck; t: Translate }) {
  const assessment = check.state === 'done' ? check.assessment : null;
  return (
    <div id={id} className={`strength strength-${assessment ? strengthLevel(assessment) : 'checking'}`} role="status">
      <span className="strength-bar" aria-hidden="true" />
      <span>
        {check.state === 'checking' && t('passphrase.checking')}
        {check.state === 'failed' && check.message}
        {assessment && (assessment.acceptable ? t(`vault.strength.${assessment.strength}`) : refusalText(t, assessment))}
        {assessment && !assessment.acceptable && assessment.reason !== 'too-short' && <span className="strength-advice">{t('passphrase.advice')}</span>}
      </span>
    </div>
  );
}
