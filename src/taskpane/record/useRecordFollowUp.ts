/**
 * *Spara uppföljning*'s logic: the period label (the Plan's Uppföljningsperiod, or what the controller
 * types), and saving — on a fresh read of the workbook, validated again, refused when it has errors; when
 * the period is already recorded it asks first (`confirm`), then rewrites only that period's rows.
 */
import { useCallback, useRef, useState } from 'react';
import { localIsoDate } from '../../domain/dates';
import type { FailureText } from '../../i18n/failure';
import { failureText, noticeText } from '../../i18n/failure';
import type { Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import { planPeriod, recordFollowUp } from '../../domain/record/followUpRecord';
import type { ValidationResult } from '../../domain/validation';
import type { PaneServices } from '../services';
import { recordTexts } from './recordTexts';

/** Why Spara uppföljning cannot be clicked, or null. */
export type RecordBlock = { readonly kind: 'notValidated' } | { readonly kind: 'errors'; readonly count: number } | { readonly kind: 'noPeriod' } | { readonly kind: 'busy' };

export interface RecordState {
  readonly period: string;
  /** True while the period is the Plan's own. */
  readonly fromPlan: boolean;
  readonly setPeriod: (period: string) => void;
  readonly block: RecordBlock | null;
  readonly saving: boolean;
  /** The period waiting for the controller's yes before its rows are replaced. */
  readonly confirm: { readonly period: string; readonly rows: number; readonly date: string | null } | null;
  readonly done: string | null;
  /** Why the last save did not happen: a refusal in the user's words, or a failure worded by src/i18n/failure.ts. */
  readonly error: FailureText | null;
  readonly save: () => void;
  readonly replace: () => void;
  readonly cancel: () => void;
  readonly dismissError: () => void;
}

export interface UseRecordProps {
  readonly gateway: WorkbookGateway;
  readonly result: ValidationResult | null;
  readonly lang: Lang;
  readonly services: Pick<PaneServices, 'validate' | 'now'>;
  /** Called after a follow-up was written (the pane validates again: the workbook changed). */
  readonly onRecorded?: () => void;
}

export function useRecordFollowUp({ gateway, result, lang, services, onRecorded }: UseRecordProps): RecordState {
  const t = recordTexts(lang);
  const fromModel = result === null ? null : planPeriod(result.model);
  const [typed, setTyped] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirm, setConfirm] = useState<RecordState['confirm']>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<FailureText | null>(null);
  const busy = useRef(false);

  const period = typed ?? fromModel ?? '';
  const run = useCallback(
    async (label: string, replaceConfirmed: boolean) => {
      if (busy.current) return;
      busy.current = true;
      setSaving(true);
      setError(null);
      setDone(null);
      try {
        const snapshot = await gateway.readSnapshot();
        const fresh = services.validate(snapshot, { lang, today: localIsoDate(services.now()) });
        const record = recordFollowUp(fresh, label);
        if (record.kind === 'refused') {
          setError(noticeText(record.reason === 'errors' ? t.refusedErrors(record.errors) : record.reason === 'noActions' ? t.noActions : t.needsPeriod));
          return;
        }
        if (record.alreadyRecorded > 0 && !replaceConfirmed) {
          setConfirm({ period: record.recordedAs ?? record.period, rows: record.alreadyRecorded, date: record.recordedDate });
          return;
        }
        // What to write, and how to say a conflict, come with the first save (not needed before it).
        const [{ planFollowUpWrite }, { conflictMessage }] = await Promise.all([
          import(/* webpackChunkName: "writes" */ '../../domain/record/followUpWrite'),
          import(/* webpackChunkName: "writes" */ '../../domain/record/conflicts'),
        ]);
        const plan = planFollowUpWrite(snapshot, record.rows);
        if (plan.kind === 'conflict') {
          setError(noticeText(conflictMessage({ kind: 'emptyTable', table: plan.name }, lang)));
          return;
        }
        await gateway.writeFollowUp(plan.write);
        const sheet = plan.write.kind === 'create' ? plan.write.table.sheet : plan.write.sheet;
        const said = t.saved(record.period, record.date, record.rows.length, sheet);
        setDone(record.alreadyRecorded > 0 ? `${said} ${t.replaced(record.alreadyRecorded)}` : said);
        onRecorded?.();
      } catch (e) {
        // Not swallowed: worded by the one mapping (a refusal keeps its words; Excel's text goes behind Visa detaljer).
        setError(failureText(e, lang));
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
    [gateway, services, lang, t, onRecorded],
  );

  const block: RecordBlock | null = saving
    ? { kind: 'busy' }
    : result === null
      ? { kind: 'notValidated' }
      : result.counts.error > 0
        ? { kind: 'errors', count: result.counts.error }
        : period.trim() === ''
          ? { kind: 'noPeriod' }
          : null;

  return {
    period,
    fromPlan: typed === null && fromModel !== null,
    setPeriod: useCallback((p: string) => setTyped(p), []),
    block,
    saving,
    confirm,
    done,
    error,
    save: useCallback(() => void run(period, false), [run, period]),
    replace: useCallback(() => {
      const label = confirm?.period ?? period;
      setConfirm(null);
      void run(label, true);
    }, [run, confirm, period]),
    cancel: useCallback(() => setConfirm(null), []),
    dismissError: useCallback(() => setError(null), []),
  };
}
