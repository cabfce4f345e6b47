/** The keyboard shortcut's command name (manifest `commands`, background listener). */
export const TOGGLE_COMMAND = 'toggle-clean-view';
