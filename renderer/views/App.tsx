import { api } from '../api/client';
import { LOCALES, useI18n } from '../i18n';
import { hrefFor, useRoute } from '../lib/route';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import { ExpiryAlert } from './measures/ExpiryAlert';
import { DoubleEntryPage } from './double-entry/DoubleEntryPage';
import { ImportPage } from './imports/ImportPage';
import { RatesPage } from './RatesPage';
import { BackupsPage } from './backups/BackupsPage';
import { useRecoveryStatus } from './backups/recovery';
import { ReconPage } from './recon/ReconPage';
import { PetitionPage } from './petition/PetitionPage';
import { SigningPage } from './signing/SigningPage';
import { HearingSigningPage } from './petition/HearingSigningPage';
import { VerifyPage } from './verify/VerifyPage';
import { DistributionPage } from './settlement/DistributionPage';
import { SettlementPage } from './settlement/SettlementPage';
import { SettlementSigningPage } from './settlement/SettlementSigningPage';

/** Operator shell: header with navigation and the language switch, then the routed view. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const route = useRoute();
  // Recovery mode (the database was refused at start): the backups page is the whole app.
  const recovery = useRecoveryStatus();
  const presenterHref = api.token ? `/presenter?token=${encodeURIComponent(api.token)}` : '/presenter';

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <a className="brand" href={hrefFor({ name: 'cases' })} data-testid="brand">
          <span className="brand__zh">{t('app.title')}</span>
          <span className="brand__en">{t('app.subtitle')}</span>
        </a>
        <nav className="topbar__nav">
          <a
            href={hrefFor({ name: 'cases' })}
            data-testid="nav-cases"
            aria-current={route.name === 'cases' ? 'page' : undefined}
          >
            {t('nav.cases')}
          </a>
          <a
            href={hrefFor({ name: 'rates' })}
            data-testid="nav-rates"
            aria-current={route.name === 'rates' ? 'page' : undefined}
          >
            {t('nav.rates')}
          </a>
          <a
            href={hrefFor({ name: 'backups' })}
            data-testid="nav-backups"
            aria-current={route.name === 'backups' ? 'page' : undefined}
          >
            {t('reliability.nav')}
          </a>
          <a
            href={hrefFor({ name: 'verify' })}
            data-testid="nav-verify"
            aria-current={route.name === 'verify' ? 'page' : undefined}
          >
            {t('signing.nav.verify')}
          </a>
          {!api.isElectron && (
            <a href={presenterHref} target="_blank" rel="noopener noreferrer" data-testid="nav-presenter">
              {t('nav.presenter')}
            </a>
          )}
        </nav>
        <div className="lang" role="group" aria-label={t('lang.label')}>
          {LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              className={`btn btn--small${l === locale ? ' btn--active' : ''}`}
              aria-pressed={l === locale}
              data-testid={`lang-${l}`}
              onClick={() => setLocale(l)}
            >
              {t(l === 'en' ? 'lang.en' : 'lang.zh-CN')}
            </button>
          ))}
        </div>
      </header>
      <ExpiryAlert />
      <main id="main" tabIndex={-1}>
        {recovery.pending ? null : recovery.problem ? (
          <BackupsPage problem={recovery.problem} onRestored={recovery.restored} />
        ) : route.name === 'backups' ? (
          <BackupsPage />
        ) : route.name === 'case' ? (
          <CasePage key={route.id} id={route.id} />
        ) : route.name === 'recon' ? (
          <ReconPage key={route.sessionId} caseId={route.caseId} sessionId={route.sessionId} />
        ) : route.name === 'hearing' ? (
          <PetitionPage key={route.hearingId} caseId={route.caseId} hearingId={route.hearingId} />
        ) : route.name === 'hearingSigning' ? (
          <HearingSigningPage key={route.hearingId} caseId={route.caseId} hearingId={route.hearingId} />
        ) : route.name === 'import' ? (
          <ImportPage key={route.caseId} caseId={route.caseId} />
        ) : route.name === 'doubleEntry' ? (
          <DoubleEntryPage key={route.caseId} caseId={route.caseId} />
        ) : route.name === 'rates' ? (
          <RatesPage />
        ) : route.name === 'signing' ? (
          <SigningPage key={route.sessionId} caseId={route.caseId} sessionId={route.sessionId} />
        ) : route.name === 'verify' ? (
          <VerifyPage />
        ) : route.name === 'settlement' ? (
          <SettlementPage key={route.caseId} caseId={route.caseId} />
        ) : route.name === 'distribution' ? (
          <DistributionPage key={route.caseId} caseId={route.caseId} />
        ) : route.name === 'settlementSigning' ? (
          <SettlementSigningPage
            key={route.settlementId}
            caseId={route.caseId}
            settlementId={route.settlementId}
          />
        ) : (
          <CaseList />
        )}
      </main>
    </>
  );
}
