import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { HostContext } from '../teams/host-context';
import { useTeamsTheme } from '../theme/teams-theme';

const useStyles = makeStyles({
  // Fill the tab frame so the theme's background covers it even when content is short.
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
});

/** Props of {@link TandemShell}. */
export interface TandemShellProps {
  host: HostContext;
  children: ReactNode;
}

/** Wraps a page in Fluent UI with the Teams theme of the host, switching live with Teams. */
export function TandemShell({ host, children }: TandemShellProps) {
  const theme = useTeamsTheme(host.theme, host.inTeams);
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      {children}
    </FluentProvider>
  );
}
