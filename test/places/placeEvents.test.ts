import type { Activity } from 'botbuilder';
import {
  type Place,
  type PlaceChanges,
  placeDisplayName,
  PlaceStore,
  placesKey,
} from '../../src/places';
import { SqliteItemStore } from '../../src/storage';
import {
  CHANNEL,
  FIXED_TIME,
  MEETING_ID,
  TEAM,
  TENANT_ID,
  teamsActivities,
} from '../support/activities';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { placeActivities, placeChangesOf } from './support/placeActivities';

const SERVICE_URL = 'https://smba.example/teams/';
const teams = teamsActivities({ serviceUrl: SERVICE_URL });
const events = placeActivities(teams);

const changesOf = (activity: Partial<Activity>): PlaceChanges | undefined =>
  placeChangesOf(activity);

const remembered = (activity: Partial<Activity>): Place => {
  const change = changesOf(activity)?.events[0];
  if (change?.kind !== 'remember')
    throw new Error(`expected a place to remember, got ${JSON.stringify(change)}`);
  return change.place;
};

describe('placeChangesFrom: what Teams events mean for the places the bot is in', () => {
  it('the bot added to a team: its General channel, named after the team', () => {
    const place = remembered(events.installIn('team'));
    expect(place).toMatchObject({ id: TEAM.id, kind: 'channel', name: '', team: TEAM });
    expect(placeDisplayName(place)).toBe('Contoso account team › General');
    // A post there starts a new message in the channel: no thread, no activity to reply to.
    expect(place.reference).toEqual({
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      locale: 'en-US',
      bot: teams.bot,
      conversation: {
        id: TEAM.id,
        conversationType: 'channel',
        tenantId: TENANT_ID,
        isGroup: true,
      },
    });
    expect(place.since).toBe(FIXED_TIME.toISOString());
  });

  it.each([
    ['groupChat', 'groupChat', 'Contoso handoff'],
    ['meeting', 'meeting', 'Contoso capacity review'],
  ] as const)('the bot added to a %s: remembered with its name', (where, kind, name) => {
    const place = remembered(events.installIn(where));
    expect(place).toMatchObject({ kind, name });
    expect(place.team).toBeUndefined();
    expect(placeDisplayName(place)).toBe(name);
  });

  it('an unnamed chat is called what it is', () => {
    const activity = events.installIn('groupChat');
    activity.conversation = { ...activity.conversation!, name: undefined as unknown as string };
    expect(placeDisplayName(remembered(activity))).toBe('Group chat');
  });

  it('installationUpdate add and remove say the same as the bot joining or leaving', () => {
    expect(remembered(events.installationUpdate('groupChat', 'add')).kind).toBe('groupChat');
    expect(changesOf(events.installationUpdate('groupChat', 'remove'))?.events).toEqual([
      { kind: 'forget', placeId: '19:group-chat@thread.v2' },
    ]);
  });

  it.each<[string, () => Partial<Activity>, PlaceChanges['events']]>([
    [
      'the bot removed from a team forgets every channel of it',
      () => events.removeFrom('team'),
      [{ kind: 'forgetTeam', teamId: TEAM.id }],
    ],
    [
      'the bot removed from a group chat',
      () => events.removeFrom('groupChat'),
      [{ kind: 'forget', placeId: '19:group-chat@thread.v2' }],
    ],
    [
      'the bot removed from a meeting chat',
      () => events.removeFrom('meeting'),
      [{ kind: 'forget', placeId: '19:meeting_abc@thread.v2' }],
    ],
    [
      'a channel deleted',
      () => events.teamEvent('channelDeleted', CHANNEL),
      [{ kind: 'forget', placeId: CHANNEL.id }],
    ],
    [
      'a team renamed',
      () => events.teamEvent('teamRenamed', undefined, 'Contoso (renamed)'),
      [{ kind: 'renameTeam', teamId: TEAM.id, name: 'Contoso (renamed)' }],
    ],
    [
      'a team deleted',
      () => events.teamEvent('teamDeleted'),
      [{ kind: 'forgetTeam', teamId: TEAM.id }],
    ],
  ])('%s', (_name, activity, expected) => {
    expect(changesOf(activity())).toEqual({ tenantId: TENANT_ID, events: expected });
  });

  it.each(['channelCreated', 'channelRenamed', 'channelRestored'])(
    '%s: the channel is remembered under its name',
    (eventType) => {
      const place = remembered(events.teamEvent(eventType, CHANNEL));
      expect(place).toMatchObject({ id: CHANNEL.id, name: CHANNEL.name, team: TEAM });
      expect(place.reference.conversation.id).toBe(CHANNEL.id);
      expect(placeDisplayName(place)).toBe('Contoso account team › Capacity');
    },
  );

  it.each<[string, () => Partial<Activity>]>([
    ['a personal install', () => teams.installUpdate('personal')],
    ['a message', () => teams.channelMessage('hello')],
    [
      'an event without a tenant',
      () => ({
        ...events.installIn('groupChat'),
        channelData: {},
        conversation: { id: 'x', conversationType: 'groupChat', isGroup: true, name: '' },
      }),
    ],
  ])('%s changes nothing', (_name, activity) => {
    expect(changesOf(activity())).toBeUndefined();
  });

  it('a channel named at length is cut, not refused', () => {
    const long = { id: CHANNEL.id, name: 'x'.repeat(1_000) };
    expect(remembered(events.teamEvent('channelCreated', long)).name).toHaveLength(256);
  });

  it('the meeting id marks a meeting chat', () => {
    const activity = events.installIn('meeting');
    expect((activity.channelData as { meeting: { id: string } }).meeting.id).toBe(MEETING_ID);
  });
});

describe('PlaceStore', () => {
  let dataDir: string;
  let sqlite: SqliteItemStore;
  beforeEach(async () => {
    dataDir = await makeTempDir('places');
    sqlite = SqliteItemStore.open(dataDir);
  });
  afterEach(async () => {
    await sqlite.close();
    await removeTempDir(dataDir);
  });

  const apply = async (store: PlaceStore, activity: Partial<Activity>) => {
    const changes = changesOf(activity);
    if (changes) await store.apply(changes);
  };

  it('remembers places per tenant, lists them by name, and forgets them', async () => {
    const store = new PlaceStore(sqlite);
    await apply(store, events.installIn('team'));
    await apply(store, events.teamEvent('channelCreated', CHANNEL));
    await apply(store, events.installIn('groupChat'));
    await apply(store, events.installIn('meeting'));
    expect((await store.list(TENANT_ID)).map(placeDisplayName)).toEqual([
      'Contoso account team › Capacity',
      'Contoso account team › General',
      'Contoso capacity review',
      'Contoso handoff',
    ]);
    expect((await sqlite.read([placesKey(TENANT_ID)])).has(placesKey(TENANT_ID))).toBe(true);
    expect(await store.list('another-tenant')).toEqual([]);

    await apply(store, events.removeFrom('team'));
    expect((await store.list(TENANT_ID)).map(placeDisplayName)).toEqual([
      'Contoso capacity review',
      'Contoso handoff',
    ]);
    await apply(store, events.removeFrom('groupChat'));
    expect((await store.list(TENANT_ID)).map((place) => place.kind)).toEqual(['meeting']);
  });

  it('a rename keeps when the bot arrived; a team rename renames its channels', async () => {
    const store = new PlaceStore(sqlite);
    await apply(store, events.teamEvent('channelCreated', CHANNEL));
    const later = placeChangesOf(
      events.teamEvent('channelRenamed', { id: CHANNEL.id, name: 'Capacity planning' }),
      new Date('2025-03-01T00:00:00Z'),
    );
    await store.apply(later!);
    await apply(store, events.teamEvent('teamRenamed', undefined, 'Contoso EMEA'));
    const [place] = await store.list(TENANT_ID);
    expect(placeDisplayName(place!)).toBe('Contoso EMEA › Capacity planning');
    expect(place!.since).toBe(FIXED_TIME.toISOString());
  });

  it('two places added at the same moment in a new tenant are both kept', async () => {
    const store = new PlaceStore(sqlite);
    await Promise.all([
      apply(store, events.installIn('groupChat')),
      apply(store, events.installIn('meeting')),
    ]);
    expect(await store.list(TENANT_ID)).toHaveLength(2);
  });
});
