import type { PackagingConfig } from './packagingConfig';
import { fillPlaceholders } from './placeholders';

/** the placeholders `appPackage/manifest.json` may use, and where each value comes from */
export function manifestValues(config: PackagingConfig): Record<string, string> {
  return {
    MicrosoftAppId: config.appId,
    PACKAGE_VERSION: config.version,
    APP_DEVELOPER_NAME: config.developerName,
    APP_WEBSITE_URL: config.websiteUrl,
    APP_PRIVACY_URL: config.privacyUrl,
    APP_TERMS_URL: config.termsUrl,
    PUBLIC_DOMAIN: config.publicDomain,
  };
}

export type FilledManifest =
  | { readonly ok: true; readonly json: string; readonly manifest: Record<string, unknown> }
  | { readonly ok: false; readonly errors: readonly string[] };

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * fills the manifest template and parses it.
 * `json` is the text that goes into the package, formatted the same way every time.
 */
export function fillManifestTemplate(template: string, config: PackagingConfig): FilledManifest {
  const filled = fillPlaceholders(template, manifestValues(config));
  if (!filled.ok)
    return { ok: false, errors: filled.errors.map((error) => `manifest.json ${error}`) };

  let parsed: unknown;
  try {
    parsed = JSON.parse(filled.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`manifest.json is not valid JSON once filled: ${reason}`] };
  }
  if (!isJsonObject(parsed)) {
    return { ok: false, errors: ['manifest.json must hold a JSON object'] };
  }
  return { ok: true, json: `${JSON.stringify(parsed, null, 2)}\n`, manifest: parsed };
}
