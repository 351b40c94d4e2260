// Teams names its themes; Fluent UI v9 ships a matching token set for each.
import { useEffect, useMemo, useState } from 'react';
import { app } from '@microsoft/teams-js';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Maps a Teams theme name to the Fluent UI theme that looks native in Teams.
 * Unknown names (Teams adds themes now and then) get the light theme rather than failing.
 */
export function fluentThemeFor(teamsTheme: string): Theme {
  switch (teamsTheme) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return teamsLightTheme;
  }
}

/**
 * Returns the Fluent theme for the current Teams theme and follows the user's changes
 * live, so the tab never stays light after they switch Teams to dark.
 */
export function useTeamsTheme(initialTheme: string, inTeams: boolean): Theme {
  const [themeName, setThemeName] = useState(initialTheme);
  useEffect(() => {
    // Teams keeps a single handler per page, so registering again simply replaces it.
    if (inTeams) app.registerOnThemeChangeHandler(setThemeName);
  }, [inTeams]);
  return useMemo(() => fluentThemeFor(themeName), [themeName]);
}
