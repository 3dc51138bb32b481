/**
 * The seal panel, the director's view (SPEC §4): whether the workbook is sealed and unchanged, or what
 * changed since, value by value (governing changes first, each a link to its cell); which period and which
 * seal last approved it, and the earlier seals; Försegla (or Försegla igen) after a validation without
 * errors. One message bar says the state, or what just happened. Self-contained: it needs only the
 * gateway, the snapshot and validation the pane has (or none: it reads the workbook itself).
 * All workbook text (names, IDs, values) is rendered as React text, never as HTML.
 */
import { useId } from 'react';
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { Lang } from '../../domain/finding';
import { describeCopies, sealLine } from '../../domain/seal';
import type { SealCheck, SealRecord, SealRecordV2 } from '../../domain/seal';
import { displayTime } from '../../domain/seal/time';
import type { SealPanelProps } from '../services';
import type { NameStore } from './nameStore';
import { localNameStore } from './nameStore';
import type { SealTexts } from './sealTexts';
import { sealTexts } from './sealTexts';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { ErrorMessage } from '../components/ErrorMessage';
import { failureText } from '../../i18n/failure';
import type { SealBlock, SealState } from './useSeal';
import { useSeal } from './useSeal';
import { onDemand, useOnDemand } from '../hooks/useOnDemand';

/** The name dialog comes with the pane's other dialogs when it is first asked for (hooks/useOnDemand.ts). */
const nameDialog = onDemand(() => import(/* webpackChunkName: "dialogs" */ './NameDialog'));
/** The list of what changed since sealing, fetched when a check finds a change (an unchanged seal never needs it). */
const changeList = onDemand(() => import(/* webpackChunkName: "sealChanges" */ './ChangeList'));

/** The check says what changed, value by value (a single check, not two copies that disagree). */
const hasChanges = (check: SealCheck | null): boolean => check !== null && check.state === 'changed';

/** What the pane passes (services.ts), and where the controller's name is remembered (localStorage by default). */
type Props = SealPanelProps & { readonly nameStore?: NameStore };

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  help: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const INTENT: Readonly<Record<SealCheck['state'], MessageBarIntent>> = {
  intact: 'success',
  changed: 'warning',
  absent: 'info',
  invalid: 'error',
  inconsistent: 'error',
};

const defaultNow = (): Date => new Date();

/** The record the workbook was last approved with: the intact or changed check's (either copy's when they disagree). */
function sealedRecord(check: SealCheck | null): SealRecord | null {
  if (check === null) return null;
  if (check.state === 'intact' || check.state === 'changed') return check.record;
  if (check.state === 'inconsistent') {
    for (const c of [check.part, check.sheet]) if (c.state === 'intact' || c.state === 'changed') return c.record;
  }
  return null;
}

/** The one message bar: a failure first, then what sealing just did, then the seal's state. */
function Message({ seal, t, lang }: { readonly seal: SealState; readonly t: SealTexts; readonly lang: Lang }): JSX.Element | null {
  if (seal.error !== null) {
    const titles = { read: t.readErrorTitle, navigate: t.navigateError, seal: t.errorTitle, autoOpen: t.autoOpenErrorTitle } as const;
    return (
      <ErrorMessage
        title={titles[seal.error.kind]}
        failure={failureText(seal.error.error, lang)}
        lang={lang}
        onDismiss={seal.dismissError}
        dismissLabel={t.dismiss}
      />
    );
  }
  if (seal.sealed !== null && seal.check?.state === 'intact') {
    const text = seal.sealed === 'both' ? t.sealed : seal.sealed === 'sheetOnly' ? t.sheetOnly : t.partOnly;
    return (
      <MessageBar intent={seal.sealed === 'both' ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{sealLine(seal.check, lang)}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (seal.check === null) return null;
  const note = describeCopies(seal.check, lang);
  return (
    <PlainMessageBar intent={INTENT[seal.check.state]} layout="multiline">
      {sealLine(seal.check, lang)}
      {note !== null && ` ${note}`}
    </PlainMessageBar>
  );
}

export function SealPanel({ gateway, snapshot, result, lang, now = defaultNow, nameStore = localNameStore }: Props): JSX.Element {
  const styles = useStyles();
  const t = sealTexts(lang);
  const seal = useSeal({ gateway, snapshot, result, lang, now, nameStore });
  const headingId = useId();
  const record = sealedRecord(seal.check);
  const again = record !== null || seal.check?.state === 'invalid' || seal.check?.state === 'inconsistent';
  const remember = useReturnFocus(seal.askingName !== null);
  const dialog = useOnDemand(nameDialog, seal.askingName !== null, seal.cancelName);
  const NameDialog = dialog.loaded?.NameDialog;
  const changes = useOnDemand(changeList, hasChanges(seal.check));
  const ChangeList = changes.loaded?.ChangeList;

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <div role="status" aria-live="polite">
        {seal.check === null && seal.error === null ? <Spinner size="tiny" label={t.checking} /> : <Message seal={seal} t={t} lang={lang} />}
      </div>
      {record !== null && (
        <p className={styles.note}>{t.approved(record.v === 2 ? record.period : null, record.by, displayTime(record.at))}</p>
      )}
      {seal.check !== null && ChangeList !== undefined && <ChangeList check={seal.check} lang={lang} t={t} onGoTo={seal.goTo} />}
      {changes.failure !== null && (
        <ErrorMessage failure={failureText(changes.failure, lang)} lang={lang} onDismiss={changes.dismiss} dismissLabel={t.dismiss} />
      )}
      <div className={styles.row}>
        {/* Busy sealing, the button keeps focus (focus comes back to it when the name dialog closes). */}
        <Button
          appearance={again ? 'secondary' : 'primary'}
          icon={<LockClosedRegular />}
          disabled={seal.block !== null && seal.block.kind !== 'busy'}
          disabledFocusable={seal.block?.kind === 'busy'}
          onClick={(e) => {
            remember(e);
            seal.requestSeal();
          }}
        >
          {again ? t.sealAgain : t.seal}
        </Button>
        {seal.sealing && <Spinner size="tiny" label={t.sealing} />}
      </div>
      <BlockNote block={seal.block} t={t} className={styles.note} />
      {seal.name !== null && (
        <p className={styles.note}>
          {t.sealsAs(seal.name)}{' '}
          <Link
            as="button"
            onClick={(e) => {
              remember(e);
              seal.changeName();
            }}
          >
            {t.changeName}
          </Link>
        </p>
      )}
      {seal.autoOpen !== null && seal.check !== null && seal.check.state !== 'absent' && (
        <div>
          <Switch
            label={t.autoOpen}
            checked={seal.autoOpen}
            disabled={seal.savingAutoOpen}
            onChange={(_e, data) => seal.setAutoOpen(data.checked)}
          />
          <p className={styles.help}>{t.autoOpenHint}</p>
        </div>
      )}
      {record !== null && record.v === 2 && record.history.length > 0 && <History record={record} t={t} className={styles.help} />}
      <p className={styles.help}>{t.help}</p>
      {dialog.failure !== null && (
        <ErrorMessage failure={failureText(dialog.failure, lang)} lang={lang} onDismiss={dialog.dismiss} dismissLabel={t.dismiss} />
      )}
      {/* Once fetched it stays mounted, opened and closed by `open`. */}
      {NameDialog !== undefined && (
        <NameDialog
          open={seal.askingName !== null}
          initial={seal.name ?? ''}
          confirmLabel={seal.askingName === 'rename' ? t.save : t.confirm}
          t={t}
          onConfirm={seal.confirmName}
          onCancel={seal.cancelName}
        />
      )}
    </section>
  );
}

function History({ record, t, className }: { readonly record: SealRecordV2; readonly t: SealTexts; readonly className: string }): JSX.Element {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={className}>
        {t.historyHeading}
      </h3>
      <ol className={className}>
        {[...record.history].reverse().map((h) => (
          <li key={`${h.at}-${h.digest}`}>{t.historyItem(displayTime(h.at), h.by, h.period, h.counts.error, h.counts.warning)}</li>
        ))}
      </ol>
    </section>
  );
}

function BlockNote({ block, t, className }: { readonly block: SealBlock | null; readonly t: SealTexts; readonly className: string }): JSX.Element | null {
  if (block === null || block.kind === 'busy') return null;
  return <p className={className}>{block.kind === 'notValidated' ? t.notValidated : t.hasErrors(block.count)}</p>;
}
