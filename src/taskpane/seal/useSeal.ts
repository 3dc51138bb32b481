/**
 * The seal panel's logic: the seal state of the workbook (from the snapshot the pane read, or read once at
 * open when the pane has none yet), and sealing after a validation without errors. After writing, the
 * seal is read back from the workbook (both copies) and the pane says plainly when it did not stick.
 *
 * Auto-open (src/domain/autoOpen.ts): sealing also marks the workbook to open Plankoll's pane with it; the
 * controller's switch turns that off or on again; a workbook whose seal is gone has it removed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { autoOpenOnCheck } from '../../domain/autoOpen';
import { NoticeError } from '../../domain/hostErrors';
import type { Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import type { PlanModel } from '../../domain/model';
import { readPlan } from '../../domain/readPlan';
import { checkSeal, fingerprint, sealToJson } from '../../domain/seal';
import type { SealCheck, SealCopies, StoredSeal } from '../../domain/seal';
import type { WorkbookSnapshot } from '../../domain/snapshot';
import type { ValidationResult } from '../../domain/validation';
import type { NameStore } from './nameStore';
import { sealTexts } from './sealTexts';

export interface UseSealProps {
  readonly gateway: WorkbookGateway;
  readonly snapshot: WorkbookSnapshot | null;
  readonly result: ValidationResult | null;
  readonly lang: Lang;
  readonly now: () => Date;
  readonly nameStore: NameStore;
}

/** Why the Försegla button is disabled, or null when it is enabled. */
export type SealBlock = { readonly kind: 'notValidated' } | { readonly kind: 'errors'; readonly count: number } | { readonly kind: 'busy' };

export interface SealState {
  /** null while the seal is being read or checked. */
  readonly check: SealCheck | null;
  readonly block: SealBlock | null;
  readonly sealing: boolean;
  /**
   * After this pane sealed the workbook (until the next validation): what reading it back found.
   * `both` — both copies hold the new record; `sheetOnly`/`partOnly` — one copy did not stick.
   * (Neither copy sticking is an error.)
   */
  readonly sealed: 'both' | 'sheetOnly' | 'partOnly' | null;
  /** The last failure: reading the seal at open, sealing (including a seal that did not stick), auto-open. */
  /** What failed, and the failure itself (worded by the panel through src/i18n/failure.ts, in the pane's language). */
  readonly error: { readonly kind: 'read' | 'seal' | 'navigate' | 'autoOpen'; readonly error: unknown } | null;
  /** Whether the workbook opens Plankoll's pane by itself; null until read (or when it could not be read). */
  readonly autoOpen: boolean | null;
  /** The switch *Öppna Plankoll när arbetsboken öppnas*: sets or removes the document setting. */
  readonly setAutoOpen: (on: boolean) => void;
  /** True while the setting is being saved. */
  readonly savingAutoOpen: boolean;
  readonly name: string | null;
  /** The name dialog is open: to seal (first time) or only to change the remembered name. */
  readonly askingName: 'seal' | 'rename' | null;
  /** Försegla: asks for the name the first time, then seals. */
  readonly requestSeal: () => void;
  readonly changeName: () => void;
  readonly confirmName: (name: string) => void;
  readonly cancelName: () => void;
  readonly dismissError: () => void;
  /** Jumps to a changed value's cell. */
  readonly goTo: (sheet: string, cell: string) => void;
}

interface Source {
  readonly seal: StoredSeal;
  readonly model: PlanModel;
}

/** What reading the seal back after writing `record` found. */
function stuck(record: string, back: SealCopies): 'both' | 'sheetOnly' | 'partOnly' | 'none' {
  const part = back.part === record;
  const sheet = back.sheet === record;
  return part && sheet ? 'both' : sheet ? 'sheetOnly' : part ? 'partOnly' : 'none';
}

export function useSeal({ gateway, snapshot, result, lang, now, nameStore }: UseSealProps): SealState {
  const [opened, setOpened] = useState<Source | null>(null);
  /** The record this pane wrote, for the snapshot it wrote it on. */
  const [written, setWritten] = useState<{ on: WorkbookSnapshot | null; copies: SealCopies; stuck: 'both' | 'sheetOnly' | 'partOnly' } | null>(null);
  // The check of one source: a new source has none until its own check arrives (no reset in an effect).
  const [checked, setChecked] = useState<{ readonly of: Source; readonly check: SealCheck } | null>(null);
  const [sealing, setSealing] = useState(false);
  const [error, setError] = useState<SealState['error']>(null);
  const [name, setName] = useState<string | null>(() => nameStore.get());
  const [askingName, setAskingName] = useState<'seal' | 'rename' | null>(null);
  const [autoOpen, setAutoOpenState] = useState<boolean | null>(null);
  const [savingAutoOpen, setSavingAutoOpen] = useState(false);
  const busy = useRef(false);
  const readAtOpen = useRef(false);

  // Whether the workbook opens the pane by itself, read once at open (the switch shows it).
  useEffect(() => {
    let live = true;
    gateway
      .readAutoOpen()
      .then((on) => {
        if (live) setAutoOpenState(on);
      })
      .catch((e: unknown) => {
        // Not swallowed: the panel shows it; the switch stays hidden.
        if (live) setError({ kind: 'autoOpen', error: e });
      });
    return () => {
      live = false;
    };
  }, [gateway]);

  const changeAutoOpen = useCallback(
    async (on: boolean): Promise<void> => {
      setSavingAutoOpen(true);
      try {
        await gateway.setAutoOpen(on);
        setAutoOpenState(on);
      } catch (e) {
        // Not swallowed: the panel says the choice was not saved; the switch shows what the workbook has.
        setError({ kind: 'autoOpen', error: e });
      } finally {
        setSavingAutoOpen(false);
      }
    },
    [gateway],
  );

  // At open the pane has no snapshot yet: read the workbook once to show whether it is sealed.
  useEffect(() => {
    if (snapshot !== null || readAtOpen.current) return;
    readAtOpen.current = true;
    let live = true;
    gateway
      .readSnapshot()
      .then((s) => {
        if (live) setOpened({ seal: s.seal ?? null, model: readPlan(s).model });
      })
      .catch((e: unknown) => {
        // Not swallowed: the seal panel shows it (a late answer for a workbook no longer shown is dropped).
        if (live) setError({ kind: 'read', error: e });
      });
    return () => {
      live = false;
    };
  }, [gateway, snapshot]);

  const source: Source | null = useMemo(() => {
    if (snapshot === null) return opened;
    const model = result?.model ?? readPlan(snapshot).model;
    const seal = written !== null && written.on === snapshot ? written.copies : (snapshot.seal ?? null);
    return { seal, model };
  }, [snapshot, result, opened, written]);

  const check = checked !== null && checked.of === source ? checked.check : null;

  // A workbook whose seal is gone no longer opens the pane by itself.
  const removeAutoOpen = check !== null && autoOpenOnCheck(check.state === 'absent' ? 'absent' : 'present', autoOpen === true) === false;
  useEffect(() => {
    if (!removeAutoOpen) return;
    let live = true;
    gateway
      .setAutoOpen(false)
      .then(() => {
        if (live) setAutoOpenState(false);
      })
      .catch((e: unknown) => {
        // Not swallowed: the panel says the setting could not be removed.
        if (live) setError({ kind: 'autoOpen', error: e });
      });
    return () => {
      live = false;
    };
  }, [removeAutoOpen, gateway]);

  useEffect(() => {
    if (source === null) return;
    let live = true;
    checkSeal(source.seal, source.model)
      .then((c) => {
        if (live) setChecked({ of: source, check: c });
      })
      .catch((e: unknown) => {
        // Not swallowed: the seal panel shows it (a late answer for a workbook no longer shown is dropped).
        if (live) setError({ kind: 'read', error: e });
      });
    return () => {
      live = false;
    };
  }, [source]);

  const seal = useCallback(
    async (by: string) => {
      if (busy.current || result === null || result.counts.error > 0) return;
      busy.current = true;
      setSealing(true);
      setError(null);
      try {
        // Seal only what was validated: the workbook must still hold the same values.
        const current = readPlan(await gateway.readSnapshot()).model;
        const [validated, now_] = await Promise.all([fingerprint(result.model), fingerprint(current)]);
        if (validated.digest !== now_.digest) throw new NoticeError(sealTexts(lang).staleValidation);
        const previous = written !== null && written.on === snapshot ? written.copies : (snapshot?.seal ?? null);
        // Making a seal (its stored tables) comes with the first Försegla; checking one is needed from the start.
        const { createSeal } = await import(/* webpackChunkName: "writes" */ '../../domain/seal/createSeal');
        const record = sealToJson(await createSeal(result.model, result.counts, by, now(), { previous }));
        await gateway.writeSeal(record);
        // Read it back: a host may drop what was written (docs/seal.md); say so rather than claim a seal.
        const back = await gateway.readSeal();
        const result_ = stuck(record, back);
        if (result_ === 'none') throw new NoticeError(sealTexts(lang).notStuck);
        setWritten({ on: snapshot, copies: back, stuck: result_ });
        // A sealed workbook opens Plankoll's pane with it (a failure here is shown; the seal holds).
        await changeAutoOpen(true);
      } catch (e) {
        // Not swallowed: the seal panel shows why sealing failed.
        setError({ kind: 'seal', error: e });
      } finally {
        busy.current = false;
        setSealing(false);
      }
    },
    [gateway, snapshot, result, lang, now, written, changeAutoOpen],
  );

  const requestSeal = useCallback(() => {
    if (name === null) setAskingName('seal');
    else void seal(name);
  }, [name, seal]);

  const confirmName = useCallback(
    (typed: string) => {
      const clean = typed.trim();
      if (clean === '') return;
      nameStore.set(clean);
      setName(clean);
      setAskingName(null);
      if (askingName === 'seal') void seal(clean);
    },
    [nameStore, seal, askingName],
  );

  const block: SealBlock | null = sealing
    ? { kind: 'busy' }
    : result === null
      ? { kind: 'notValidated' }
      : result.counts.error > 0
        ? { kind: 'errors', count: result.counts.error }
        : null;

  return {
    check,
    block,
    sealing,
    sealed: written !== null && written.on === snapshot ? written.stuck : null,
    error,
    autoOpen,
    setAutoOpen: useCallback((on: boolean) => void changeAutoOpen(on), [changeAutoOpen]),
    savingAutoOpen,
    name,
    askingName,
    requestSeal,
    changeName: useCallback(() => setAskingName('rename'), []),
    confirmName,
    cancelName: useCallback(() => setAskingName(null), []),
    dismissError: useCallback(() => setError(null), []),
    goTo: useCallback(
      (sheet: string, cell: string) => {
        gateway.selectCell(sheet, cell).catch((e: unknown) => setError({ kind: 'navigate', error: e }));
      },
      [gateway],
    ),
  };
}
