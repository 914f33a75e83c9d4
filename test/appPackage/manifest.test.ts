import './appManifestShim';
import { existsSync } from 'node:fs';
import { ACCENT_COLOR } from '../../tools/appPackage/iconArt';
import {
  bundledSchemaPath,
  validateAgainstBundledSchema,
} from '../../tools/appPackage/manifestSchema';
import { fillManifestTemplate, manifestValues } from '../../tools/appPackage/manifestTemplate';
import { placeholderNames } from '../../tools/appPackage/placeholders';
import { COMPOSE_COMMANDS, SEARCH_PARAMETER } from '../../src/app/composeCommands';
import { APP_ID, CONFIG, ManifestShape, TEMPLATE, VERSION } from './fixtures';

function filledManifest(): { json: string; manifest: ManifestShape } {
  const filled = fillManifestTemplate(TEMPLATE, CONFIG);
  if (!filled.ok) throw new Error(filled.errors.join('\n'));
  return { json: filled.json, manifest: ManifestShape.parse(filled.manifest) };
}

// The bundled validator compiles the schema on each call: keep the number of calls small.
jest.setTimeout(20_000);

describe('the manifest template, filled', () => {
  it('validates against the schema bundled for its manifestVersion', async () => {
    await expect(validateAgainstBundledSchema(filledManifest().json)).resolves.toEqual([]);
  });

  it('uses a numbered schema version that is bundled, and points $schema at it', () => {
    const { manifest } = filledManifest();
    expect(manifest.manifestVersion).toMatch(/^1\.\d+$/);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(existsSync(bundledSchemaPath(manifest.manifestVersion))).toBe(true);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('has a placeholder for every configured value and nothing else', () => {
    expect(placeholderNames(TEMPLATE).sort()).toEqual(Object.keys(manifestValues(CONFIG)).sort());
  });

  it('replaces every placeholder with its value', () => {
    const { json, manifest } = filledManifest();
    expect(json).not.toMatch(/\{\{|\}\}/);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.version).toBe(VERSION);
    expect(manifest.developer).toEqual({
      name: CONFIG.developerName,
      websiteUrl: CONFIG.websiteUrl,
      privacyUrl: CONFIG.privacyUrl,
      termsOfUseUrl: CONFIG.termsUrl,
    });
  });

  it('describes one conversational bot in personal, team and group chat scopes', () => {
    const { manifest } = filledManifest();
    expect(manifest.bots).toHaveLength(1);
    const [bot] = manifest.bots;
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    expect(manifest.name.short).toBe('Handoff Advisor');
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('uses the accent colour of the colour icon', () => {
    expect(filledManifest().manifest.accentColor).toBe(ACCENT_COLOR);
  });

  it('has one command list per scope', () => {
    const scopes = filledManifest().manifest.bots[0].commandLists.map((list) => list.scopes);
    expect(scopes).toEqual([['personal'], ['team'], ['groupChat']]);
  });

  it.each([
    ['personal', ['assess', 'partner', 'handoff', 'my handoffs', 'help']],
    ['team', ['assess', 'partner', 'handoff', 'help']],
    ['groupChat', ['assess', 'partner', 'handoff', 'help']],
  ])('lists exactly the commands the bot understands in %s', (scope, titles) => {
    const lists = filledManifest().manifest.bots[0].commandLists;
    const list = lists.find((candidate) => candidate.scopes.includes(scope));
    expect(list?.commands.map((command) => command.title)).toEqual(titles);
    for (const command of list?.commands ?? []) expect(command.description).not.toBe('');
  });

  it('asks for a one-line description with assess in shared conversations', () => {
    const lists = filledManifest().manifest.bots[0].commandLists;
    for (const list of lists.filter((candidate) => !candidate.scopes.includes('personal'))) {
      const assess = list.commands.find((command) => command.title === 'assess');
      expect(assess?.description).toContain('one-line description');
      expect(assess?.description).toContain('3 subscriptions, 2 regions, 14 SKUs');
    }
  });

  it('keeps command titles and descriptions within the limits older Teams clients enforce', () => {
    // Schemas up to 1.19 allowed 32-character titles and 128-character descriptions.
    const commands = filledManifest().manifest.bots[0].commandLists.flatMap(
      (list) => list.commands,
    );
    for (const { title, description } of commands) {
      expect(title.length).toBeLessThanOrEqual(32);
      expect(description.length).toBeLessThanOrEqual(128);
    }
  });

  it('keeps the descriptions within the schema limits and mentions the three owners', () => {
    const { description } = filledManifest().manifest;
    expect(description.short.length).toBeLessThanOrEqual(80);
    expect(description.full.length).toBeLessThanOrEqual(4000);
    for (const role of [
      'Solution Engineer',
      'Customer Success Account Manager',
      'Customer Success Architect',
    ]) {
      expect(description.full).toContain(role);
    }
  });
});

describe('the message extension, the meeting notification and their domain', () => {
  it('declares exactly the commands the bot answers, by their ids', () => {
    const [extension] = filledManifest().manifest.composeExtensions;
    expect(extension?.botId).toBe(APP_ID);
    expect(extension?.commands.map((command) => command.id).sort()).toEqual(
      Object.values(COMPOSE_COMMANDS).sort(),
    );
  });

  it('"Hand off" is an action command that fetches its dialog, from the compose box, the command box and a message', () => {
    const command = filledManifest().manifest.composeExtensions[0]?.commands.find(
      (candidate) => candidate.id === COMPOSE_COMMANDS.handOff,
    );
    expect(command).toMatchObject({ type: 'action', title: 'Hand off', fetchTask: true });
    expect([...(command?.context ?? [])].sort()).toEqual(['commandBox', 'compose', 'message']);
  });

  it('"Ask" is a query command with the one parameter the bot reads', () => {
    const command = filledManifest().manifest.composeExtensions[0]?.commands.find(
      (candidate) => candidate.id === COMPOSE_COMMANDS.searchAnswers,
    );
    expect(command).toMatchObject({ type: 'query', title: 'Ask', initialRun: false });
    expect(command?.parameters?.map((parameter) => parameter.name)).toEqual([SEARCH_PARAMETER]);
    expect(command?.parameters?.[0]?.description).not.toBe('');
  });

  it('asks for the resource-specific consent the targeted meeting notification needs', () => {
    const { manifest } = filledManifest();
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'OnlineMeetingNotification.Send.Chat', type: 'Application' },
    ]);
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID });
  });

  it("lists the domain of the bot's public address, where the notification's page is", () => {
    expect(filledManifest().manifest.validDomains).toEqual([CONFIG.publicDomain]);
  });

  it('keeps command titles and descriptions within the schema limits', () => {
    for (const command of filledManifest().manifest.composeExtensions[0]?.commands ?? []) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });
});

describe('validateAgainstBundledSchema refuses a broken manifest with the schema reason', () => {
  type Mutation = (manifest: Record<string, unknown>) => void;
  const firstBot = (manifest: Record<string, unknown>) =>
    ManifestShape.shape.bots.parse(manifest.bots)[0];

  const rows: [string, Mutation, string][] = [
    ['an id that is not a GUID', (m) => (m.id = 'handoff-advisor'), '/id must match pattern'],
    [
      'a missing name.short',
      (m) => (m.name = { full: 'Handoff Advisor' }),
      "/name must have required property 'short'",
    ],
    [
      'an unknown bot scope',
      (m) => {
        const bot = firstBot(m);
        m.bots = [{ ...bot, scopes: [...bot.scopes, 'meeting'] }];
      },
      '/bots/0/scopes/3 must be equal to one of the allowed values',
    ],
    [
      'a developer URL that is not http(s)',
      (m) => {
        const developer = ManifestShape.shape.developer.parse(m.developer);
        m.developer = { ...developer, websiteUrl: 'ftp://contoso.example' };
      },
      '/developer/websiteUrl must match pattern',
    ],
    ['an accent colour without #', (m) => (m.accentColor = '0E6E7E'), '/accentColor must match'],
    ['a missing icons object', (m) => delete m.icons, "must have required property 'icons'"],
    [
      'a message extension command of an unknown type',
      (m) => {
        const [extension] = ManifestShape.shape.composeExtensions.parse(m.composeExtensions);
        m.composeExtensions = [
          { ...extension, commands: [{ ...extension!.commands[0], type: 'button' }] },
        ];
      },
      '/composeExtensions/0/commands/0/type must be equal to one of the allowed values',
    ],
  ];

  it.each(rows)('%s', async (_label, mutate, reason) => {
    const manifest: Record<string, unknown> = JSON.parse(filledManifest().json);
    mutate(manifest);
    const reasons = await validateAgainstBundledSchema(JSON.stringify(manifest));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join('\n')).toContain(reason);
    for (const line of reasons) expect(line).toMatch(/^manifest\.json /);
  });

  it.each([
    ['1.18', 'has no schema bundled'],
    ['devPreview', 'has no schema bundled'],
    ['../../../package', 'has no schema bundled'],
  ])('refuses manifestVersion %j: %s', async (manifestVersion, reason) => {
    const manifest = { ...JSON.parse(filledManifest().json), manifestVersion };
    const reasons = await validateAgainstBundledSchema(JSON.stringify(manifest));
    expect(reasons).toEqual([expect.stringContaining(reason)]);
  });

  it('refuses text that is not JSON', async () => {
    await expect(validateAgainstBundledSchema('{"id":')).resolves.toEqual([
      expect.stringContaining('manifest.json is not valid JSON'),
    ]);
  });
});
