/** A failure from the host, shown with its message until the user dismisses it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Strings } from '../i18n';

export function ErrorMessage(props: { readonly message: string; readonly onDismiss: () => void; readonly t: Strings }): JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.t.errorTitle}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={props.t.dismiss} icon={<DismissRegular />} onClick={props.onDismiss} />
        }
      />
    </MessageBar>
  );
}
