/**
 * The question before a recorded period is replaced (RecordPanel.tsx): open while mounted. Fetched with
 * the pane's other dialogs when first asked (hooks/useOnDemand.ts).
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface ReplaceDialogProps {
  readonly title: string;
  readonly body: string;
  readonly cancelLabel: string;
  readonly replaceLabel: string;
  readonly onCancel: () => void;
  readonly onReplace: () => void;
}

export function ReplaceDialog({ title, body, cancelLabel, replaceLabel, onCancel, onReplace }: ReplaceDialogProps): JSX.Element {
  return (
    <Dialog open onOpenChange={(_e, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {cancelLabel}
            </Button>
            <Button appearance="primary" onClick={onReplace}>
              {replaceLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
