/** The team channels, group chats and meeting chats the bot is in, where handoffs are posted. */
export {
  Place,
  PLACE_KINDS,
  type PlaceKind,
  PlaceReference,
  TenantPlaces,
  withoutThread,
} from './place';
export {
  type Conversation,
  type ConversationAddress,
  CONVERSATION_KINDS,
  type ConversationKind,
  type MembershipChange,
} from './conversation';
export {
  type PeopleEvent,
  personSeenFrom,
  type PlaceChanges,
  placeChangesFrom,
  type PlaceEvent,
  type PlaceListEvent,
  placeOf,
} from './placeEvents';
export { Member, memberOf, PEOPLE_PER_PLACE_LIMIT, PlacePeople } from './placePeople';
export { placePeopleKey } from './placePeopleStore';
export { type PlaceAccess, PlaceStore, type PlaceStoreOptions, placesKey } from './placeStore';
export { placeDisplayName } from './words';
