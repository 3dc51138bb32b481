/**
 * The seal panel (SPEC §4): whether the workbook is sealed and unchanged, changed since (which tables,
 * which actions) or not sealed; and Försegla after a validation without errors. All workbook text
 * (names, action IDs) is rendered as React text, never as HTML.
 */
import { useId, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';
import { DismissRegular, LockClosedRegular } from '@fluentui/react-icons';
import { describeSeal } from '../../domain/seal';
import type { SealCheck } from '../../domain/seal';
import type { SealPanelProps } from '../services';
import type { NameStore } from './nameStore';
import { localNameStore } from './nameStore';
import type { SealTexts } from './sealTexts';
import { sealTexts } from './sealTexts';
import type { SealBlock } from './useSeal';
import { useSeal } from './useSeal';

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
};

const defaultNow = (): Date => new Date();

export function SealPanel({ gateway, snapshot, result, lang, now = defaultNow, nameStore = localNameStore }: Props): JSX.Element {
  const styles = useStyles();
  const t = sealTexts(lang);
  const seal = useSeal({ gateway, snapshot, result, lang, now, nameStore });
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <div role="status" aria-live="polite">
        {seal.check === null ? (
          seal.error === null && <Spinner size="tiny" label={t.checking} />
        ) : (
          <MessageBar intent={INTENT[seal.check.state]} layout="multiline">
            <MessageBarBody>{describeSeal(seal.check, lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" icon={<LockClosedRegular />} disabled={seal.block !== null} onClick={seal.requestSeal}>
          {t.seal}
        </Button>
        {seal.sealing && <Spinner size="tiny" label={t.sealing} />}
      </div>
      <BlockNote block={seal.block} t={t} className={styles.note} />
      {seal.name !== null && (
        <p className={styles.note}>
          {t.sealsAs(seal.name)}{' '}
          <Link as="button" onClick={seal.changeName}>
            {t.changeName}
          </Link>
        </p>
      )}
      {seal.sealed && seal.check?.state === 'intact' && (
        <MessageBar intent="success">
          <MessageBarBody>{t.sealed}</MessageBarBody>
        </MessageBar>
      )}
      {seal.error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{seal.error.kind === 'read' ? t.readErrorTitle : t.errorTitle}</MessageBarTitle>
            {seal.error.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={seal.dismissError} />}
          />
        </MessageBar>
      )}
      <p className={styles.help}>{t.help}</p>
      <NameDialog
        open={seal.askingName !== null}
        initial={seal.name ?? ''}
        confirmLabel={seal.askingName === 'rename' ? t.save : t.confirm}
        t={t}
        onConfirm={seal.confirmName}
        onCancel={seal.cancelName}
      />
    </section>
  );
}

function BlockNote({ block, t, className }: { readonly block: SealBlock | null; readonly t: SealTexts; readonly className: string }): JSX.Element | null {
  if (block === null || block.kind === 'busy') return null;
  return <p className={className}>{block.kind === 'notValidated' ? t.notValidated : t.hasErrors(block.count)}</p>;
}

interface NameDialogProps {
  readonly open: boolean;
  readonly initial: string;
  readonly confirmLabel: string;
  readonly t: SealTexts;
  readonly onConfirm: (name: string) => void;
  readonly onCancel: () => void;
}

function NameDialog({ open, initial, confirmLabel, t, onConfirm, onCancel }: NameDialogProps): JSX.Element {
  const [value, setValue] = useState(initial);
  const [tried, setTried] = useState(false);
  // Each opening starts from `initial` with no error shown: adjusted while rendering, not in an effect.
  const [shownFor, setShownFor] = useState<string | null>(open ? initial : null);
  const key = open ? initial : null;
  if (key !== shownFor) {
    setShownFor(key);
    if (open) {
      setValue(initial);
      setTried(false);
    }
  }
  const empty = value.trim() === '';
  return (
    <Dialog open={open} onOpenChange={(_e, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (!empty) onConfirm(value);
          }}
        >
          <DialogBody>
            <DialogTitle>{t.nameTitle}</DialogTitle>
            <DialogContent>
              <Field
                label={t.nameLabel}
                hint={t.nameHint}
                required
                validationState={tried && empty ? 'error' : 'none'}
                validationMessage={tried && empty ? t.nameRequired : undefined}
              >
                <Input value={value} onChange={(_e, data) => setValue(data.value)} autoComplete="name" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="button" appearance="secondary" onClick={onCancel}>
                {t.cancel}
              </Button>
              <Button type="submit" appearance="primary">
                {confirmLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
