/**
 * The seal panel's name dialog: who seals (remembered for the next time). Fetched with the pane's other
 * dialogs when first asked for (SealPanel.tsx, hooks/useOnDemand.ts).
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import type { SealTexts } from './sealTexts';

export interface NameDialogProps {
  readonly open: boolean;
  readonly initial: string;
  readonly confirmLabel: string;
  readonly t: SealTexts;
  readonly onConfirm: (name: string) => void;
  readonly onCancel: () => void;
}

export function NameDialog({ open, initial, confirmLabel, t, onConfirm, onCancel }: NameDialogProps): JSX.Element {
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
