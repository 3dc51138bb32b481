/**
 * *Spara uppföljning* (SPEC §7): a self-contained panel — the period (from the Plan, or typed), the button,
 * the question before a recorded period is replaced, and what happened. Workbook text (the period, sheet
 * names) is rendered as React text, never as HTML.
 */
import { useId } from 'react';
import { Button, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import type { Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import type { ValidationResult } from '../../domain/validation';
import type { PaneServices } from '../services';
import { PlainMessageBar } from '../components/PlainMessageBar';
import type { RecordTexts } from './recordTexts';
import { recordTexts } from './recordTexts';
import type { RecordBlock } from './useRecordFollowUp';
import { useRecordFollowUp } from './useRecordFollowUp';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { ErrorMessage } from '../components/ErrorMessage';
import { failureText } from '../../i18n/failure';
import { onDemand, useOnDemand } from '../hooks/useOnDemand';

/** The question comes with the pane's other dialogs when first asked (hooks/useOnDemand.ts). */
const replaceDialog = onDemand(() => import(/* webpackChunkName: "dialogs" */ './ReplaceDialog'));

export interface RecordPanelProps {
  readonly gateway: WorkbookGateway;
  readonly result: ValidationResult | null;
  readonly lang: Lang;
  readonly services: Pick<PaneServices, 'validate' | 'now'>;
  readonly onRecorded?: () => void;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  help: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function blockNote(block: RecordBlock | null, t: RecordTexts): string | null {
  if (block === null || block.kind === 'busy') return null;
  if (block.kind === 'notValidated') return t.notValidated;
  if (block.kind === 'errors') return t.hasErrors(block.count);
  return t.needsPeriod;
}

export function RecordPanel({ gateway, result, lang, services, onRecorded }: RecordPanelProps): JSX.Element {
  const styles = useStyles();
  const t = recordTexts(lang);
  const rec = useRecordFollowUp({ gateway, result, lang, services, ...(onRecorded ? { onRecorded } : {}) });
  const headingId = useId();
  const note = blockNote(rec.block, t);
  const remember = useReturnFocus(rec.confirm !== null);
  const dialog = useOnDemand(replaceDialog, rec.confirm !== null, rec.cancel);
  const ReplaceDialog = dialog.loaded?.ReplaceDialog;

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <Field label={t.periodLabel} hint={rec.fromPlan ? t.periodFromPlan : t.periodHint}>
        <Input value={rec.period} onChange={(_e, data) => rec.setPeriod(data.value)} disabled={rec.saving} />
      </Field>
      <div className={styles.row}>
        <Button
          icon={<HistoryRegular />}
          disabled={rec.block !== null && rec.block.kind !== 'busy'}
          disabledFocusable={rec.block?.kind === 'busy'}
          onClick={(e) => {
            remember(e);
            rec.save();
          }}
        >
          {t.save}
        </Button>
        {rec.saving && <Spinner size="tiny" label={t.saving} />}
      </div>
      {note !== null && <p className={styles.note}>{note}</p>}
      <div role="status" aria-live="polite">
        {rec.done !== null && (
          <PlainMessageBar intent="success" layout="multiline">
            {rec.done}
          </PlainMessageBar>
        )}
      </div>
      {rec.error !== null && (
        <ErrorMessage title={t.errorTitle} failure={rec.error} lang={lang} onDismiss={rec.dismissError} dismissLabel={t.dismiss} />
      )}
      <p className={styles.help}>{t.help}</p>
      {dialog.failure !== null && (
        <ErrorMessage failure={failureText(dialog.failure, lang)} lang={lang} onDismiss={dialog.dismiss} dismissLabel={t.dismiss} />
      )}
      {/* Mounted only while asking: a second closed Fluent Dialog in the pane (the seal's name dialog is the
          first) left Tab with nowhere to go in the keyboard test. */}
      {rec.confirm !== null && ReplaceDialog !== undefined && (
        <ReplaceDialog
          title={t.confirmTitle}
          body={t.confirmBody(rec.confirm.period, rec.confirm.rows, rec.confirm.date)}
          cancelLabel={t.cancel}
          replaceLabel={t.replace}
          onCancel={rec.cancel}
          onReplace={rec.replace}
        />
      )}
    </section>
  );
}
