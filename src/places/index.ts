/** The team channels, group chats and meeting chats the bot is in, where handoffs are posted. */
export {
  Place,
  PLACE_KINDS,
  type PlaceKind,
  PlaceReference,
  conversationReferenceOf,
  TenantPlaces,
  withoutThread,
} from './place';
export { type PlaceChanges, placeChangesFrom, type PlaceEvent, placeOf } from './placeEvents';
export { PlaceStore, placesKey } from './placeStore';
export { placeDisplayName } from './words';
