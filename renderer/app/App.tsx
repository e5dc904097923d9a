import { api } from './api/client';
import { LOCALES, useI18n } from './i18n';
import { hrefFor, useRoute } from './route';
import { CaseList } from '../features/cases/CaseList';
import { CasePage } from '../features/cases/CasePage';
import { ExpiryAlert } from '../features/measures/ExpiryAlert';
import { DoubleEntryPage } from '../features/entry-sets/DoubleEntryPage';
import { ImportPage } from '../features/imports/ImportPage';
import { RatesPage } from '../features/rates/RatesPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { useRecoveryStatus } from '../features/backups/recovery';
import { IntegrityBanner } from '../features/backups/IntegrityBanner';
import { ReconPage } from '../features/recon/ReconPage';
import { PetitionPage } from '../features/hearings/PetitionPage';
import { SigningPage } from '../features/signatures/SigningPage';
import { HearingSigningPage } from '../features/hearings/HearingSigningPage';
import { VerifyPage } from '../features/documents/VerifyPage';
import { DistributionPage } from '../features/settlements/DistributionPage';
import { SettlementPage } from '../features/settlements/SettlementPage';
import { SettlementSigningPage } from '../features/settlements/SettlementSigningPage';

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
      {!recovery.pending && !recovery.problem && <IntegrityBanner />}
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
