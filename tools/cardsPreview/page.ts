import { CARD_WIDTH, TEAMS_FONT_FAMILY } from './hostConfig';

/** The element a card is rendered into, and the one that is screenshotted around it. */
export const CARD_SLOT_ID = 'card';
export const STAGE_ID = 'stage';

/**
 * Teams' look for what the renderer leaves to the host's CSS: the message bubble the card sits
 * in, buttons, inputs and links. Add it after the renderer's own stylesheet, so that it wins.
 */
export const TEAMS_CSS = `
  html, body { margin: 0; background: #f5f5f5; }
  body { font-family: ${TEAMS_FONT_FAMILY}; color: #242424; }
  #${STAGE_ID} { display: inline-block; padding: 16px; background: #f5f5f5; }
  #${CARD_SLOT_ID} {
    width: ${CARD_WIDTH}px; background: #ffffff; border-radius: 6px; overflow: hidden;
    box-shadow: 0 1.6px 3.6px rgba(0, 0, 0, 0.13), 0 0.3px 0.9px rgba(0, 0, 0, 0.11);
  }
  .ac-pushButton {
    font-family: inherit; font-size: 14px; font-weight: 600; min-height: 32px;
    padding: 5px 12px; border-radius: 4px; color: #242424; background: #ffffff;
    border: 1px solid #d1d1d1;
  }
  .ac-pushButton.style-positive { color: #ffffff; background: #5b5fc7; border-color: #5b5fc7; }
  .ac-pushButton.expanded { color: #ffffff; background: #5b5fc7; border-color: #5b5fc7; }
  .ac-pushButton.expandable:after { content: none; }
  .ac-input { font-family: inherit; color: #242424; }
  .ac-input.ac-textInput, .ac-input.ac-numberInput, .ac-input.ac-multichoiceInput {
    min-height: 32px; padding: 4px 10px; border: 1px solid #d1d1d1;
    border-bottom-color: #616161; border-radius: 4px; background: #ffffff; box-sizing: border-box;
  }
  .ac-input.ac-input-validation-failed { border-color: #c4314b; }
  a, a.ac-anchor:link, a.ac-anchor:visited { color: #5b5fc7; text-decoration: none; }
`;

/**
 * The page the cards are rendered on. Nothing in it loads from anywhere: the renderer's script
 * and the stylesheets are added from node_modules and from here afterwards.
 *
 * Functions sent to the page are their compiled source, and tsx compiles with esbuild's
 * `keepNames`, which wraps named inner functions in `__name(fn, "name")`: the page defines
 * that helper as a no-op so such source runs there.
 */
export const PREVIEW_PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Card preview</title>
    <script>globalThis.__name = (target) => target;</script>
  </head>
  <body>
    <div id="${STAGE_ID}"><div id="${CARD_SLOT_ID}"></div></div>
  </body>
</html>`;
