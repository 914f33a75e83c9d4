/**
 * The message extension's commands, as the app manifest declares them (its tests hold the two
 * to the same ids): "Hand off" opens the facts form in a dialog, "Ask" searches the FAQ.
 */
export const COMPOSE_COMMANDS = {
  handOff: 'handOff',
  searchAnswers: 'searchAnswers',
} as const;
export type ComposeCommand = (typeof COMPOSE_COMMANDS)[keyof typeof COMPOSE_COMMANDS];

/** The search command's one parameter: the question typed. */
export const SEARCH_PARAMETER = 'question';
