import type { Activity, ChannelAccount } from 'botbuilder';
import {
  type Member,
  memberOf,
  PEOPLE_PER_PLACE_LIMIT,
  PlacePeople,
  type PlaceChanges,
  placeDisplayName,
  placePeopleKey,
  placesKey,
  PlaceStore,
} from '../../src/places';
import { isAmong, memberKey, withMembers, withoutMembers } from '../../src/places/placePeople';
import { SqliteItemStore } from '../../src/storage';
import {
  corruptItemKey,
  type CorruptItemReport,
  InvalidItemError,
} from '../../src/storage/typedItems';
import { countWrites } from '../handoffs/support/gatedStorage';
import { CHANNEL, TEAM, TENANT_ID, USER, teamsActivities } from '../support/activities';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { readActivity } from '../../src/teams/activity';
import { personSeenOf, placeActivities, placeChangesOf } from './support/placeActivities';

const SERVICE_URL = 'https://smba.example/teams/';
const DANA: ChannelAccount = { id: '29:dana', name: 'Dana Lee', aadObjectId: 'dana-aad' };
const SAM: ChannelAccount = { id: '29:sam', name: 'Sam Rivera' };
const GROUP_CHAT_ID = '19:group-chat@thread.v2';
const MEETING_CHAT_ID = '19:meeting_abc@thread.v2';

const teams = teamsActivities({ serviceUrl: SERVICE_URL });
const danaTeams = teamsActivities({ serviceUrl: SERVICE_URL, user: DANA });
const events = placeActivities(teams);

const avery: Member = { id: USER.id, aadObjectId: USER.aadObjectId! };
const dana: Member = { id: DANA.id, aadObjectId: DANA.aadObjectId! };
const sam: Member = { id: SAM.id };

/** What the bot learns from an activity: places and people from events, the sender from turns. */
const changesOf = (activity: Partial<Activity>): PlaceChanges | undefined =>
  activity.type === 'message' || activity.type === 'invoke'
    ? personSeenOf(activity)
    : placeChangesOf(activity);

describe('people in a place: the rules', () => {
  it.each<[string, unknown, Member | undefined]>([
    ['a Teams id and an Entra id', { ...DANA }, dana],
    ['a Teams id alone', { ...SAM }, sam],
    ['an empty Entra id is no Entra id', { id: SAM.id, aadObjectId: '' }, sam],
    ['no id', { name: 'Nobody' }, undefined],
    ['an empty id', { id: '' }, undefined],
    ['an id longer than 512 characters', { id: 'x'.repeat(513) }, undefined],
    ['no account at all', undefined, undefined],
  ])('memberOf: %s', (_name, account, expected) => {
    expect(memberOf(account)).toEqual(expected);
  });

  it('a place remembers someone by their Entra id when Teams sends one, else their Teams id', () => {
    expect(memberKey(dana)).toBe('dana-aad');
    expect(memberKey(sam)).toBe('29:sam');
  });

  it.each<[string, string[], boolean]>([
    ['remembered by Entra id', ['dana-aad'], true],
    ['remembered by Teams id (sent without an Entra id there)', ['29:dana'], true],
    ['not remembered', ['29:sam'], false],
  ])('isAmong: %s', (_name, people, expected) => {
    expect(isAmong(people, dana)).toBe(expected);
  });

  it('adds the people not yet known, once each, after those known', () => {
    expect(withMembers(['29:dana'], [dana, sam, sam, avery])).toEqual([
      '29:dana',
      '29:sam',
      USER.aadObjectId,
    ]);
  });

  it.each([
    [PEOPLE_PER_PLACE_LIMIT - 1, 'person-0'],
    [PEOPLE_PER_PLACE_LIMIT, 'person-1'],
  ])('with %i known, one more keeps 500 and the first kept is %s', (known, first) => {
    const people = Array.from({ length: known }, (_, n) => `person-${n}`);
    const after = withMembers(people, [sam]);
    expect(after).toHaveLength(Math.min(known + 1, PEOPLE_PER_PLACE_LIMIT));
    expect(after[0]).toBe(first);
    expect(after.at(-1)).toBe('29:sam');
  });

  it('forgets people by either id they were remembered by', () => {
    expect(withoutMembers(['dana-aad', '29:dana', '29:sam', 'other'], [dana, sam])).toEqual([
      'other',
    ]);
  });
});

describe('who is in a place, from what Teams sends', () => {
  it.each<[string, () => Partial<Activity>, PlaceChanges['events']]>([
    [
      'the bot added to a team: whoever added it is in its General channel',
      () => events.installIn('team'),
      [expect.objectContaining({ kind: 'remember' }), seen(TEAM.id, [avery])],
    ],
    [
      'the bot added to a group chat along with others: all of them are in it',
      () => ({ ...events.installIn('groupChat'), membersAdded: [teams.bot, DANA] }),
      [expect.objectContaining({ kind: 'remember' }), seen(GROUP_CHAT_ID, [avery, dana])],
    ],
    [
      'installationUpdate add in a meeting chat: whoever installed it is in it',
      () => events.installationUpdate('meeting', 'add'),
      [expect.objectContaining({ kind: 'remember' }), seen(MEETING_CHAT_ID, [avery])],
    ],
    [
      'people joining a team are in its General channel',
      () => events.peopleJoin('team', [DANA, SAM]),
      [seen(TEAM.id, [dana, sam])],
    ],
    [
      'someone removed from a group chat',
      () => events.peopleLeave('groupChat', [DANA]),
      [{ kind: 'left', placeId: GROUP_CHAT_ID, people: [dana] }],
    ],
    [
      'someone removed from a team leaves every channel of it',
      () => events.peopleLeave('team', [DANA]),
      [{ kind: 'leftTeam', teamId: TEAM.id, people: [dana] }],
    ],
    [
      'someone removed from a private channel leaves that channel alone',
      () => events.peopleLeave('team', [DANA], CHANNEL),
      [{ kind: 'left', placeId: CHANNEL.id, people: [dana] }],
    ],
    [
      'the bot removed along with someone: the place goes, with its people',
      () => ({ ...events.removeFrom('groupChat'), membersRemoved: [teams.bot, DANA] }),
      [{ kind: 'forget', placeId: GROUP_CHAT_ID }],
    ],
  ])('%s', (_name, activity, expected) => {
    expect(changesOf(activity())).toEqual({ tenantId: TENANT_ID, events: expected });
  });

  it.each<[string, () => Partial<Activity>, string]>([
    ['a channel message (in a thread)', () => teams.channelMessage('help'), CHANNEL.id],
    ['a group chat message', () => teams.groupChatMessage('help'), GROUP_CHAT_ID],
    ['a meeting chat message', () => teams.meetingChatMessage('help'), MEETING_CHAT_ID],
    [
      'a card action in a channel',
      () => teams.cardAction({ verb: 'acceptHandoff', conversation: 'channel' }),
      CHANNEL.id,
    ],
  ])('whoever sends %s is in that place', (_name, activity, placeId) => {
    expect(changesOf(activity())).toEqual({
      tenantId: TENANT_ID,
      events: [seen(placeId, [avery])],
    });
  });

  it.each<[string, () => Partial<Activity>]>([
    ['a personal chat', () => teams.personalMessage('help')],
    [
      'a message without a tenant',
      () => ({
        ...teams.groupChatMessage('hi'),
        channelData: {},
        conversation: { id: 'x', conversationType: 'groupChat', isGroup: true, name: '' },
      }),
    ],
  ])('%s puts nobody anywhere', (_name, activity) => {
    expect(changesOf(activity())).toBeUndefined();
  });

  it('a message from nobody Teams named is refused where it comes in, so it reaches no place', () => {
    const reading = readActivity({ ...teams.groupChatMessage('hi'), from: { id: '', name: '' } });
    expect(reading).toEqual({
      ok: false,
      problems: [{ field: 'from.id', problem: 'must be a non-empty string' }],
    });
  });
});

describe('PlaceStore: the places each person may post into', () => {
  let dataDir: string;
  let sqlite: SqliteItemStore;
  beforeEach(async () => {
    dataDir = await makeTempDir('place-people');
    sqlite = SqliteItemStore.open(dataDir);
  });
  afterEach(async () => {
    await sqlite.close();
    await removeTempDir(dataDir);
  });

  const learn = async (store: PlaceStore, ...activities: Partial<Activity>[]) => {
    for (const activity of activities) {
      const changes = changesOf(activity);
      if (changes) await store.apply(changes);
    }
  };
  const namesFor = async (store: PlaceStore, member: Member) =>
    (await store.listFor(TENANT_ID, member)).map(placeDisplayName);

  it('whoever added the bot sees the place at once; nobody else does', async () => {
    const store = new PlaceStore(sqlite);
    await learn(store, events.installIn('team'), events.installIn('meeting'));
    expect(await namesFor(store, avery)).toEqual([
      'Contoso account team › General',
      'Contoso capacity review',
    ]);
    expect(await namesFor(store, dana)).toEqual([]);
    expect(await store.listFor('another-tenant', avery)).toEqual([]);
    await expect(store.accessTo(TENANT_ID, MEETING_CHAT_ID, dana)).resolves.toEqual({
      access: 'notMember',
    });
    await expect(store.accessTo(TENANT_ID, MEETING_CHAT_ID, avery)).resolves.toMatchObject({
      access: 'member',
      place: { id: MEETING_CHAT_ID },
    });
    await expect(store.accessTo(TENANT_ID, '19:elsewhere@thread.v2', avery)).resolves.toEqual({
      access: 'gone',
    });
  });

  it('a channel is listed for someone once they write or act on a card there', async () => {
    const store = new PlaceStore(sqlite);
    await learn(store, events.installIn('team'), events.teamEvent('channelCreated', CHANNEL));
    expect(await namesFor(store, dana)).toEqual([]);
    await learn(store, danaTeams.channelMessage('help'));
    expect(await namesFor(store, dana)).toEqual(['Contoso account team › Capacity']);
    await learn(store, danaTeams.cardAction({ verb: 'refreshHandoff', conversation: 'groupChat' }));
    // A chat the bot was never added to is not listed, whoever is seen there.
    expect(await namesFor(store, dana)).toEqual(['Contoso account team › Capacity']);
  });

  it('someone removed is forgotten: from a chat, from every channel of a team, from one private channel', async () => {
    const store = new PlaceStore(sqlite);
    await learn(
      store,
      events.installIn('team'),
      events.teamEvent('channelCreated', CHANNEL),
      events.installIn('groupChat'),
      events.peopleJoin('team', [DANA]),
      events.peopleJoin('groupChat', [DANA]),
      danaTeams.channelMessage('help'),
    );
    expect(await namesFor(store, dana)).toEqual([
      'Contoso account team › Capacity',
      'Contoso account team › General',
      'Contoso handoff',
    ]);
    await learn(store, events.peopleLeave('team', [DANA], CHANNEL));
    expect(await namesFor(store, dana)).toEqual([
      'Contoso account team › General',
      'Contoso handoff',
    ]);
    await learn(store, events.peopleLeave('groupChat', [DANA]));
    expect(await namesFor(store, dana)).toEqual(['Contoso account team › General']);
    await learn(store, danaTeams.channelMessage('help'), events.peopleLeave('team', [DANA]));
    expect(await namesFor(store, dana)).toEqual([]);
    // Everyone else stays.
    expect(await namesFor(store, avery)).toEqual([
      'Contoso account team › General',
      'Contoso handoff',
    ]);
  });

  it('the bot removed forgets who was there: added again, only those seen since are in it', async () => {
    const store = new PlaceStore(sqlite);
    await learn(store, events.installIn('groupChat'), danaTeams.groupChatMessage('help'));
    expect(await namesFor(store, dana)).toEqual(['Contoso handoff']);
    await learn(store, events.removeFrom('groupChat'));
    expect(await sqlite.read([placePeopleKey(TENANT_ID, GROUP_CHAT_ID)])).toEqual(new Map());
    await learn(store, events.installIn('groupChat'));
    expect(await namesFor(store, dana)).toEqual([]);
    expect(await namesFor(store, avery)).toEqual(['Contoso handoff']);
  });

  it('someone already known costs a read and no write', async () => {
    const counted = countWrites(sqlite);
    const store = new PlaceStore(counted);
    await learn(store, events.installIn('groupChat'));
    const afterInstall = counted.writes().length;
    await learn(store, teams.groupChatMessage('help'), teams.groupChatMessage('again'));
    expect(counted.writes()).toHaveLength(afterInstall);
    await learn(store, danaTeams.groupChatMessage('help'));
    expect(counted.writes().slice(afterInstall)).toEqual([
      placePeopleKey(TENANT_ID, GROUP_CHAT_ID),
    ]);
  });

  it('a place keeps the last 500 people first seen there', async () => {
    const store = new PlaceStore(sqlite);
    const crowd = Array.from({ length: PEOPLE_PER_PLACE_LIMIT }, (_, n) => ({
      id: `29:person-${n}`,
      name: `Person ${n}`,
    }));
    await learn(store, events.installIn('groupChat'), events.peopleJoin('groupChat', crowd));
    const key = placePeopleKey(TENANT_ID, GROUP_CHAT_ID);
    const stored = PlacePeople.parse((await sqlite.read([key])).get(key)?.value);
    expect(stored.people).toHaveLength(PEOPLE_PER_PLACE_LIMIT);
    expect(stored.people[0]).toBe('29:person-0');
    // The installer was seen first, so the crowd pushed them out.
    expect(await namesFor(store, avery)).toEqual([]);
    expect(await namesFor(store, { id: '29:person-499' })).toEqual(['Contoso handoff']);
  });

  it('two people first seen at the same moment in a place are both kept', async () => {
    const store = new PlaceStore(sqlite);
    await learn(store, events.installIn('meeting'));
    await Promise.all([
      learn(store, danaTeams.meetingChatMessage('help')),
      learn(
        store,
        teamsActivities({ serviceUrl: SERVICE_URL, user: SAM }).meetingChatMessage('hi'),
      ),
    ]);
    expect(await namesFor(store, dana)).toEqual(['Contoso capacity review']);
    expect(await namesFor(store, sam)).toEqual(['Contoso capacity review']);
  });

  describe('a damaged item', () => {
    let reports: [string, CorruptItemReport][];
    const reporting = () =>
      new PlaceStore(sqlite, { onCorrupt: (key, problem) => reports.push([key, problem]) });
    beforeEach(() => {
      reports = [];
    });

    it("as the tenant's places is set aside and reported: the tenant starts again, and new places are kept", async () => {
      const store = reporting();
      await learn(store, events.installIn('groupChat'));
      const eTag = await sqlite.write(
        placesKey(TENANT_ID),
        { places: [{ id: GROUP_CHAT_ID, name: ['not', 'a', 'name'] }] },
        { overwrite: true },
      );

      expect(await namesFor(store, avery)).toEqual([]);
      await learn(store, events.installIn('meeting'));

      expect(await namesFor(store, avery)).toEqual(['Contoso capacity review']);
      expect(reports).toEqual([
        [
          placesKey(TENANT_ID),
          expect.objectContaining({ eTag, setAsideAs: corruptItemKey(placesKey(TENANT_ID), eTag) }),
        ],
      ]);
      const copy = (await sqlite.read([corruptItemKey(placesKey(TENANT_ID), eTag)])).values().next()
        .value?.value;
      expect(copy).toMatchObject({ value: { places: [{ name: ['not', 'a', 'name'] }] } });
    });

    it('as the people of a place is set aside: nobody is known there until seen again', async () => {
      const store = reporting();
      await learn(store, events.installIn('groupChat'), danaTeams.groupChatMessage('help'));
      await sqlite.write(
        placePeopleKey(TENANT_ID, GROUP_CHAT_ID),
        { people: 7 },
        { overwrite: true },
      );

      expect(await namesFor(store, dana)).toEqual([]);
      await learn(store, danaTeams.groupChatMessage('again'));

      expect(await namesFor(store, dana)).toEqual(['Contoso handoff']);
      expect(reports.map(([key]) => key)).toEqual([placePeopleKey(TENANT_ID, GROUP_CHAT_ID)]);
    });

    it('is never written: a place whose name is not text is refused, and the others stay', async () => {
      const store = reporting();
      await learn(store, events.installIn('meeting'));
      // The translator refuses such an activity at the door; the store refuses it all the same.
      const changes = changesOf(events.installIn('groupChat'))!;
      const [remember] = changes.events;
      if (remember?.kind !== 'remember') throw new Error('expected a place to remember');
      const forged: PlaceChanges = {
        ...changes,
        events: [
          { ...remember, place: { ...remember.place, name: ['forged'] as unknown as string } },
        ],
      };

      await expect(store.apply(forged)).rejects.toThrow(InvalidItemError);

      expect(await namesFor(store, avery)).toEqual(['Contoso capacity review']);
      expect(reports).toEqual([]);
    });
  });
});

function seen(placeId: string, people: Member[]): PlaceChanges['events'][number] {
  return { kind: 'seen', placeId, people };
}
