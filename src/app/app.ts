import { welcomeCard } from '../cards';
import { personSeenFrom, placeChangesFrom } from '../places';
import { CHAT_WORDS, FAILURE_WORDS } from '../words/chat';
import { routeCardAction } from './cardRoutes';
import type { AppDeps } from './deps';
import { answerMalformed, handleComposeAction, handleComposeSearch } from './composeExtensions';
import type {
  AppEvent,
  CardActionEvent,
  ComposeActionEvent,
  ComposeSearchEvent,
  MalformedRequestEvent,
  MembershipEvent,
  MessageEvent,
} from './events';
import { handlePersonalMessage } from './personalChat';
import { handleSharedMessage } from './sharedChat';
import type { LoadedState } from './state';
import { Turn, type TurnOutput } from './turn';

/**
 * Handoff Advisor, whatever carries it: an event and the state it starts from in, what to say,
 * update and remember out. Knows nothing of the bot SDK.
 */
export async function handleEvent(
  event: AppEvent,
  state: LoadedState,
  deps: AppDeps,
): Promise<TurnOutput> {
  switch (event.type) {
    case 'message': {
      const turn = new Turn<MessageEvent>(event, state, deps);
      if (state.lost) turn.say(FAILURE_WORDS.stateReset);
      await rememberPersonHere(turn);
      if (event.conversation.kind === 'personal') await handlePersonalMessage(turn);
      else await handleSharedMessage(turn);
      return turn.output();
    }
    case 'cardAction': {
      const turn = new Turn<CardActionEvent>(event, state, deps);
      await rememberPersonHere(turn);
      await routeCardAction(turn);
      return turn.output();
    }
    case 'membership': {
      const turn = new Turn<MembershipEvent>(event, state, deps);
      // Where the bot is added, removed or renamed: remembered for posting handoffs there.
      const changes = placeChangesFrom(event.change, deps.now());
      if (changes) await deps.places.apply(changes);
      if (event.botJoined) turn.sendCard(welcomeCard(), CHAT_WORDS.welcomeSummary);
      return turn.output();
    }
    case 'composeAction': {
      const turn = new Turn<ComposeActionEvent>(event, state, deps);
      await rememberPersonHere(turn);
      await handleComposeAction(turn);
      return turn.output();
    }
    case 'composeSearch': {
      const turn = new Turn<ComposeSearchEvent>(event, state, deps);
      await handleComposeSearch(turn);
      return turn.output();
    }
    case 'malformed': {
      const turn = new Turn<MalformedRequestEvent>(event, state, deps);
      answerMalformed(turn);
      return turn.output();
    }
  }
}

/**
 * Whoever writes or acts on a card in a channel, group chat or meeting chat is in it, so that
 * "Post handoff" in personal chat offers it to them.
 */
async function rememberPersonHere(
  turn: Turn<MessageEvent | CardActionEvent | ComposeActionEvent>,
): Promise<void> {
  const { from, conversation } = turn.event;
  const member = { id: from.id, ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) };
  const seen = personSeenFrom(conversation, member);
  if (seen) await turn.deps.places.apply(seen);
}
