import type { JsonObject } from '../../src/cards/json';

/**
 * Fonts as Teams asks for them. Segoe UI is not on Linux, so Liberation Sans (Arial's
 * metrics, close to Segoe's widths) comes before the generic fallback.
 */
export const TEAMS_FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, " +
  "'Helvetica Neue', 'Liberation Sans', Arial, sans-serif";

/** The widest a card gets in a Teams chat, in CSS pixels. */
export const CARD_WIDTH = 450;

/** Teams' light palette: text, brand purple for accents, and its status colours. */
const COLORS = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#ffffff', subtle: '#f5f5f5' },
  accent: { default: '#5b5fc7', subtle: '#7f85f5' },
  good: { default: '#0e700e', subtle: '#107c10' },
  warning: { default: '#835b00', subtle: '#a06f00' },
  attention: { default: '#c4314b', subtle: '#d13438' },
};

const containerStyle = (backgroundColor: string): JsonObject => ({
  backgroundColor,
  foregroundColors: COLORS,
});

/** A host config close to the Teams light theme's (desktop and web clients). */
export const TEAMS_LIGHT_HOST_CONFIG: JsonObject = {
  choiceSetInputValueSeparator: ',',
  supportsInteractivity: true,
  fontTypes: {
    default: {
      fontFamily: TEAMS_FONT_FAMILY,
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "Consolas, 'Courier New', 'Liberation Mono', monospace",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#e0e0e0' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: containerStyle('#ffffff'),
    emphasis: containerStyle('#f5f5f5'),
    accent: containerStyle('#ebf3fc'),
    good: containerStyle('#f1faf1'),
    attention: containerStyle('#fdf3f4'),
    warning: containerStyle('#fff9f5'),
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    allowTitleToWrap: true,
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  inputs: {
    label: {
      requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' },
      optionalInputs: { weight: 'bolder' },
    },
    errorMessage: { color: 'attention', size: 'small' },
  },
  textBlock: { headingLevel: 2 },
};
