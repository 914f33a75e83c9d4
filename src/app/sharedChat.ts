import { factsFormCard, resultCard, VERBS, welcomeCard } from '../cards';
import { decide, type PartialFacts, type Scope } from '../rubric';
import { type Estimate, isSmallTalk, readReply, type Statement } from '../understanding';
import { CHAT_WORDS } from '../words/chat';
import { describeFact } from '../words/facts';
import { askForEstimate, describeRefusedValues } from '../words/understanding';
import type { Person } from '../handoffs';
import { PEOPLE_WORDS } from '../words/handoffs';
import { mergeFacts, scopeSaid } from './advice';
import { answerQuestion } from './answers';
import type { MessageEvent } from './events';
import { postHandoffHere } from './handoffPosting';
import { recipientIn } from './handoffRecipient';
import { card } from './outputs';
import { recordBounds } from './questions';
import type { Turn } from './turn';

type SharedTurn = Turn<MessageEvent>;

/** What a one-liner said: its facts, and what it named without giving. */
interface Said {
  facts: PartialFacts;
  scope: Scope;
  statement: Statement;
}

/**
 * Channels, group chats and meeting chats: one message in, one answer out, in the same thread.
 * Never a multi-turn chat: what is missing is asked for with one form card, filled in with what
 * was understood.
 */
export async function handleSharedMessage(turn: SharedTurn): Promise<void> {
  const typed = turn.event.text.trim();
  if (typed === '' || isSmallTalk(typed)) return void turn.sendCard(welcomeCard());
  const reply = readReply(typed);
  if (reply.kind === 'question') return void turn.sendCard(answerQuestion(turn.deps, reply.text));
  if (reply.kind === 'command') {
    const { details } = reply;
    switch (reply.command) {
      case 'handoff': {
        // "handoff … to @Jane": proposed to Jane, who alone may accept or decline it.
        const named = await recipientIn(
          turn,
          reply.rest,
          turn.event.mentions,
          PEOPLE_WORDS.onePerson,
        );
        if (!named.ok) return turn.say(named.problem);
        const described = named.rest === reply.rest ? details : detailsOf(named.rest, details);
        const said = saidIn(described);
        const facts = mergeFacts(turn.state.conversation.lastFacts, said.facts);
        return answerWith(turn, { ...said, facts }, 'handoff', named.to);
      }
      case 'assess':
      case 'partner':
        return answerWith(turn, saidIn(details, reply.command), 'result');
      case 'myHandoffs':
        return turn.say(CHAT_WORDS.myHandoffsInPersonal);
      default:
        return void turn.sendCard(welcomeCard());
    }
  }
  const said = saidIn(reply);
  const namesFacts = reply.given.length + reply.bounds.length + reply.estimates.length > 0;
  if (reply.looksLikeAssessment || namesFacts) return answerWith(turn, said, 'result');
  turn.sendCard(answerQuestion(turn.deps, typed));
}

function saidIn(statement: Statement, command?: 'assess' | 'partner'): Said {
  const facts = recordBounds(statement.facts, statement.bounds);
  return { facts, scope: scopeSaid({ ...statement, facts }, command), statement };
}

/** What "handoff <text>" says, once the person it names is taken out of the text. */
function detailsOf(text: string, before: Statement): Statement {
  const reply = readReply(`handoff ${text}`);
  return reply.kind === 'command' ? reply.details : before;
}

/** The answer when the facts decide it; else the form, with what was understood filled in. */
async function answerWith(turn: SharedTurn, said: Said, answer: 'result' | 'handoff', to?: Person) {
  const { statement } = said;
  const facts =
    said.scope === 'capacity' || said.facts.partner ? said.facts : { ...said.facts, partner: {} };
  const decision = decide(facts, { scope: said.scope });
  // Values the one-liner gave that a fact does not take ("0 regions") are said, never dropped.
  const refused = describeRefusedValues(statement.problems);
  if (decision.kind !== 'recommendation') {
    // Never guessed: a vague "a few subs" is asked for on the form.
    const understood = statement.given.map(({ fact, value }) => describeFact(fact, value));
    const numbered = statement.ignored.filter((part) => /\d/.test(part));
    const notes = [
      ...(understood.length > 0 ? [CHAT_WORDS.understood(understood)] : []),
      ...refused,
      ...statement.estimates.map((estimate: Estimate) => askForEstimate(estimate)),
      // Parts with a number in them were meant as facts; "need help with quota" was not.
      ...(numbered.length > 0 ? [CHAT_WORDS.didNotUnderstand(numbered)] : []),
    ];
    const verb = answer === 'result' ? VERBS.submitFacts : VERBS.submitHandoff;
    const proposedTo = to ? { proposedTo: { chosen: to } } : {};
    turn.send(card(factsFormCard({ facts, verb, notes, ...proposedTo }), CHAT_WORDS.formNeeded));
    return;
  }
  if (refused.length > 0) turn.say(refused.join('\n\n'));
  turn.rememberFacts(facts, { scope: said.scope });
  const decided = { facts, recommendation: decision.recommendation };
  // A handoff here is proposed at once, for the people present to act on.
  if (answer === 'result') turn.sendCard(resultCard(decided));
  else await postHandoffHere(turn, decided, to);
}
