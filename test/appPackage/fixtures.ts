import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { APP_PACKAGE_DIR } from '../../tools/appPackage/layout';
import type { PackagingConfig } from '../../tools/appPackage/packagingConfig';

export const APP_ID = '0f5a3d2c-8b1e-4c7a-9d6f-2e4b8a1c3d5e';
export const VERSION = '1.2.3';
export const VALID_ENV = { MicrosoftAppId: APP_ID } as const;

export const MANIFEST_DIR = APP_PACKAGE_DIR;
export const TEMPLATE = readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');

export const CONFIG: PackagingConfig = {
  appId: APP_ID,
  version: VERSION,
  developerName: 'Contoso "Field" Tools',
  websiteUrl: 'https://contoso.example/handoff',
  privacyUrl: 'https://contoso.example/handoff/privacy',
  termsUrl: 'https://contoso.example/handoff/terms',
  publicDomain: 'handoff.contoso.example',
};

/** the parts of a manifest the tests read */
export const ManifestShape = z.object({
  $schema: z.string(),
  manifestVersion: z.string(),
  version: z.string(),
  id: z.string(),
  accentColor: z.string(),
  developer: z.object({
    name: z.string(),
    websiteUrl: z.string(),
    privacyUrl: z.string(),
    termsOfUseUrl: z.string(),
  }),
  name: z.object({ short: z.string(), full: z.string().optional() }),
  description: z.object({ short: z.string(), full: z.string() }),
  icons: z.object({ color: z.string(), outline: z.string() }),
  bots: z.array(
    z.object({
      botId: z.string(),
      scopes: z.array(z.string()),
      supportsFiles: z.boolean(),
      isNotificationOnly: z.boolean(),
      commandLists: z.array(
        z.object({
          scopes: z.array(z.string()),
          commands: z.array(z.object({ title: z.string(), description: z.string() })),
        }),
      ),
    }),
  ),
  composeExtensions: z.array(
    z.object({
      botId: z.string(),
      commands: z.array(
        z.object({
          id: z.string(),
          type: z.enum(['action', 'query']),
          title: z.string(),
          description: z.string(),
          context: z.array(z.string()),
          fetchTask: z.boolean().optional(),
          initialRun: z.boolean().optional(),
          parameters: z
            .array(
              z.object({
                name: z.string(),
                title: z.string(),
                description: z.string(),
                inputType: z.string(),
              }),
            )
            .optional(),
        }),
      ),
    }),
  ),
  validDomains: z.array(z.string()),
  webApplicationInfo: z.object({ id: z.string() }),
  authorization: z.object({
    permissions: z.object({
      resourceSpecific: z.array(z.object({ name: z.string(), type: z.string() })),
    }),
  }),
});
export type ManifestShape = z.infer<typeof ManifestShape>;
