/**
 * A MessageBar without a title: Fluent labels every MessageBar by its title's id, which without a
 * MessageBarTitle points at nothing (axe: aria-valid-attr-value). This one is labelled by its own text.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';

export function PlainMessageBar(props: {
  readonly intent: MessageBarIntent;
  readonly layout?: 'multiline' | 'singleline' | 'auto';
  readonly children: ReactNode;
}): JSX.Element {
  const id = useId();
  return (
    <MessageBar intent={props.intent} layout={props.layout} aria-labelledby={id}>
      <MessageBarBody id={id}>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
