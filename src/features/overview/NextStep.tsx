import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { deadlineTexts } from '../../content/deadlines';
import type { SourceRef } from '../../content/schema';
import { planAdvice } from '../../content/worksheets';
import { voiced } from '../../content/personText';
import { daysBetween } from '../../domain/calendar';
import { deadlineModel } from '../../domain/deadlineModel';
import type { Deadline } from '../../domain/deadlines';
import { nextStep, type NextStep as Step } from '../../domain/nextStep';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatIsoLong } from '../../lib/formatDate';
import { todayIso } from '../../lib/today';
import { useDossierContext } from '../../storage/hooks';

const textOf = (id: Deadline['id']) => deadlineTexts.deadlines.find((d) => d.id === id);
/** "Stuur je plan per post of per e-mail naar de gemeente": the way to submit, from content. */
const howToSubmit = planAdvice.items.find((i) => i.id === 'plan-opsturen');

/** The articles behind what the box says, once, at its end (as DeadlineCard cites them). */
function sourcesOf(step: Step): SourceRef[] {
  const ids: Deadline['id'][] = [];
  // "melding": the box speaks of the plan's time limit the date will give.
  if (step.kind !== 'verder' || step.plan) ids.push('plan');
  if (step.kind === 'verder' && step.next) ids.push(step.next.id);
  const all = ids.flatMap((id) => textOf(id)?.sources ?? []);
  return all.filter((s, i) => all.findIndex((o) => o.doc === s.doc && o.ref === s.ref) === i);
}

/**
 * The top of the overview: the one next thing to do and the next date in words (issue 17,
 * item 5). A limit that no longer matters is said calmly, without warning colours.
 */
export function NextStep() {
  const { t } = useTranslation();
  const long = useLong();
  const { dossier, entries } = useDossierContext();
  const today = todayIso();
  const model = deadlineModel(entries.dates, entries.choices.commissie, today);
  const step = nextStep(model.events, model.deadlines, today);
  const base = `/dossiers/${dossier.id}`;
  const gesprek = step.kind !== 'verder' && step.gesprek && (
    <Gesprek date={step.gesprek} today={today} />
  );

  return (
    <section className="inset next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('overview.next.title')}</h2>
      {step.kind === 'melding' && (
        <>
          <p>{t('overview.next.melding')}</p>
          {gesprek}
          <ButtonLink to={`${base}/data`}>{t('overview.next.meldingLink')}</ButtonLink>
          <p className="muted">{t('overview.next.meldingNotYet')}</p>
        </>
      )}
      {step.kind === 'plan' && (
        <>
          <PlanLimit plan={step.plan} />
          {gesprek}
          {howToSubmit && (
            <ContentText text={voiced(howToSubmit.text, howToSubmit.textOther, dossier)} />
          )}
          <ButtonLink to={`${base}/pdf`}>{t('overview.next.pdfLink')}</ButtonLink>
        </>
      )}
      {step.kind === 'verder' && (
        <>
          {step.next ? <NextLimit deadline={step.next} /> : <p>{t('overview.next.noLimit')}</p>}
          {step.plan && (
            <p className="muted">
              {step.gesprekWas &&
                `${t('overview.next.gesprekWas', { date: long(step.gesprekWas) })} `}
              {t('overview.next.planOver')}
            </p>
          )}
          <ButtonLink to={`${base}/na`}>{t('overview.next.afterLink')}</ButtonLink>
        </>
      )}
      {step.kind !== 'melding' && (
        <p>
          <Link to={`${base}/data/tijdlijn`}>{t('overview.next.timelineLink')}</Link>
        </p>
      )}
      <SourceNote sources={sourcesOf(step)} />
    </section>
  );
}

function ButtonLink({ to, children }: { to: string; children: string }) {
  return (
    <p>
      <Link className="button" to={to}>
        {children}
      </Link>
    </p>
  );
}

function useLong(): (iso: string) => string {
  const { i18n } = useTranslation();
  return (iso) => formatIsoLong(iso, localeOf[i18n.language as UiLanguage]);
}

/** "Nog 1 dag." or "Vandaag is de laatste dag." */
function DaysLeft({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  const s = deadline.status;
  if (s.kind === 'komt-nog') return <>{t('overview.next.daysLeft', { count: s.daysLeft })}</>;
  if (s.kind === 'vandaag') return <>{t('overview.next.lastDay')}</>;
  return null;
}

function PlanLimit({ plan }: { plan: Deadline }) {
  const { t } = useTranslation();
  const long = useLong();
  const text = textOf('plan');
  if (plan.status.kind === 'verstreken') {
    // Wmo art. 2.3.2 lid 2: a minimum, not a cut-off. Calm: what she can still do.
    return (
      <>
        <p>{t('overview.next.planLate', { date: long(plan.date) })}</p>
        {text && <ContentText text={text.ifPassed} />}
      </>
    );
  }
  return (
    <p>
      <strong>{t('overview.next.plan', { date: long(plan.date) })}</strong>{' '}
      <DaysLeft deadline={plan} />
    </p>
  );
}

function NextLimit({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const long = useLong();
  const text = textOf(deadline.id);
  if (!text) return null;
  return (
    <>
      <p>
        <strong>
          {t('overview.next.limit', {
            title: l(text.title).replace(/\*/g, ''),
            date: long(deadline.date),
          })}
        </strong>{' '}
        <DaysLeft deadline={deadline} />
      </p>
      <p>
        <span className="tag">{t(`timeline.owner.${deadline.owner}`)}</span>
      </p>
    </>
  );
}

function Gesprek({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation();
  const long = useLong();
  const days = daysBetween(today, date);
  return (
    <p>
      {days === 0
        ? t('overview.next.gesprekToday')
        : `${t('overview.next.gesprek', { date: long(date) })} ${t('overview.next.daysLeft', { count: days })}`}
    </p>
  );
}
