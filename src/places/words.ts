import type { Place } from './place';

/** How a place is named in lists: "Contoso account team › Capacity", or the chat's name. */
export function placeDisplayName(place: Place): string {
  if (place.team) {
    // Teams sends no name for a team's General channel.
    return `${place.team.name || 'Team'} › ${place.name || 'General'}`;
  }
  if (place.name) return place.name;
  return place.kind === 'meeting' ? 'Meeting chat' : 'Group chat';
}
