/**
 * A failure, as the one mapping (src/i18n/failure.ts) words it: what happened as the title, what to do
 * below it, and the technical detail behind "Visa detaljer", shown only on request. Text only, never HTML.
 */
import { useId, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Lang } from '../../domain/finding';
import type { FailureText } from '../../i18n/failure';
import { failureWords } from '../../i18n/failure';

const useStyles = makeStyles({
  todo: { display: 'block', marginTop: tokens.spacingVerticalXS },
  toggle: { display: 'block', marginTop: tokens.spacingVerticalXS, paddingLeft: 0, minWidth: 0 },
  detail: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

export interface ErrorMessageProps {
  readonly failure: FailureText;
  /** What the panel was doing ("Förseglingen misslyckades"), as the title above what happened; absent: what happened is the title. */
  readonly title?: string;
  readonly lang: Lang;
  /** Absent: the message stays (the page's own load failure, replaced by the next attempt). */
  readonly onDismiss?: () => void;
  /** The dismiss button's name. */
  readonly dismissLabel?: string;
}

export function ErrorMessage({ failure, title, lang, onDismiss, dismissLabel }: ErrorMessageProps): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {title === undefined ? (
          <MessageBarTitle>{failure.what}</MessageBarTitle>
        ) : (
          <>
            <MessageBarTitle>{title}</MessageBarTitle>
            {failure.what}
          </>
        )}
        {failure.todo !== '' && <span className={styles.todo}>{failure.todo}</span>}
        {failure.detail !== null && (
          <>
            <Button
              className={styles.toggle}
              appearance="transparent"
              size="small"
              aria-expanded={open}
              aria-controls={detailId}
              onClick={() => setOpen((o) => !o)}
            >
              {failureWords(lang).showDetails}
            </Button>
            <pre id={detailId} className={styles.detail} hidden={!open}>
              {failure.detail}
            </pre>
          </>
        )}
      </MessageBarBody>
      {onDismiss !== undefined && (
        <MessageBarActions
          containerAction={<Button appearance="transparent" aria-label={dismissLabel} icon={<DismissRegular />} onClick={onDismiss} />}
        />
      )}
    </MessageBar>
  );
}
