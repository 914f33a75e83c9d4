import { z } from 'zod';

/** values used when a packaging variable is unset: fine for sideloading, not for distribution */
export const PACKAGING_DEFAULTS = {
  APP_DEVELOPER_NAME: 'Handoff Advisor team',
  APP_WEBSITE_URL: 'https://example.com/handoff-advisor',
  APP_PRIVACY_URL: 'https://example.com/handoff-advisor/privacy',
  APP_TERMS_URL: 'https://example.com/handoff-advisor/terms',
} as const;

/**
 * The bot's public address when PUBLIC_BASE_URL is unset (the bot reads it too, and then sends
 * no meeting notifications): only its domain goes into the manifest, as the valid domain.
 */
export const DEFAULT_PUBLIC_BASE_URL = 'https://example.com';

/** what the manifest template is filled with */
export interface PackagingConfig {
  readonly appId: string;
  readonly version: string;
  readonly developerName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  /** the domain of the bot's public address (PUBLIC_BASE_URL), the app's valid domain */
  readonly publicDomain: string;
}

export interface PackagingIssue {
  readonly variable: string;
  readonly message: string;
}

export type PackagingConfigResult =
  | { readonly ok: true; readonly config: PackagingConfig }
  | { readonly ok: false; readonly issues: readonly PackagingIssue[] };

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// Teams wants MAJOR.MINOR.PATCH without pre-release or build suffixes.
const APP_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
// Limits from the manifest schema, checked here so the message names the variable.
const MAX_DEVELOPER_NAME = 32;
const MAX_URL = 2048;

// As in the bot's own configuration, `NAME=` in a .env file means unset.
const trimmedOrUnset = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};
const optionalText = z.preprocess(trimmedOrUnset, z.string().optional());

const appId = optionalText.transform((raw, ctx) => {
  if (raw === undefined) {
    ctx.addIssue({
      code: 'custom',
      message:
        "is required to build the Teams app package: set it to the bot's Microsoft App ID (a GUID) from its Azure Bot registration",
    });
    return z.NEVER;
  }
  if (!GUID.test(raw)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "${raw}")`,
    });
    return z.NEVER;
  }
  return raw;
});

function httpsUrl(fallback: string) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:' || url.hostname === '' || raw.length > MAX_URL) {
      ctx.addIssue({
        code: 'custom',
        message: `must be an https URL of at most ${MAX_URL} characters (got "${raw}")`,
      });
      return z.NEVER;
    }
    return raw;
  });
}

const developerName = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return PACKAGING_DEFAULTS.APP_DEVELOPER_NAME;
  if (raw.length > MAX_DEVELOPER_NAME) {
    ctx.addIssue({
      code: 'custom',
      message: `must be at most ${MAX_DEVELOPER_NAME} characters (got ${raw.length})`,
    });
    return z.NEVER;
  }
  return raw;
});

/** the environment variables the package build reads, each checked on its own */
export const PackagingEnv = z.object({
  MicrosoftAppId: appId,
  APP_DEVELOPER_NAME: developerName,
  APP_WEBSITE_URL: httpsUrl(PACKAGING_DEFAULTS.APP_WEBSITE_URL),
  APP_PRIVACY_URL: httpsUrl(PACKAGING_DEFAULTS.APP_PRIVACY_URL),
  APP_TERMS_URL: httpsUrl(PACKAGING_DEFAULTS.APP_TERMS_URL),
  PUBLIC_BASE_URL: httpsUrl(DEFAULT_PUBLIC_BASE_URL),
});
export type PackagingEnv = z.infer<typeof PackagingEnv>;

/** where the app version comes from, as named in messages */
export const VERSION_SOURCE = 'package.json version';

/**
 * checks the packaging variables and the app version.
 * every missing or bad value is reported, each naming its variable.
 */
export function parsePackagingConfig(
  env: Readonly<Record<string, string | undefined>>,
  version: string,
): PackagingConfigResult {
  const issues: PackagingIssue[] = [];
  const parsed = PackagingEnv.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ variable: String(issue.path[0] ?? 'environment'), message: issue.message });
    }
  }
  if (!APP_VERSION.test(version)) {
    issues.push({
      variable: VERSION_SOURCE,
      message: `must be MAJOR.MINOR.PATCH, such as 1.0.0 (got "${version}")`,
    });
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    config: {
      appId: parsed.data.MicrosoftAppId,
      version,
      developerName: parsed.data.APP_DEVELOPER_NAME,
      websiteUrl: parsed.data.APP_WEBSITE_URL,
      privacyUrl: parsed.data.APP_PRIVACY_URL,
      termsUrl: parsed.data.APP_TERMS_URL,
      publicDomain: new URL(parsed.data.PUBLIC_BASE_URL).hostname,
    },
  };
}

/** an issue as one line: the variable first, then what to fix */
export function describeIssue(issue: PackagingIssue): string {
  return `${issue.variable} ${issue.message}`;
}
