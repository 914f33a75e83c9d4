/** A failure the person running the preview can act on: printed as its message, no stack. */
export class PreviewError extends Error {
  override name = 'PreviewError';
}
