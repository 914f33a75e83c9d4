import type { AppDeps } from './deps';
import type { AppEvent } from './events';
import {
  card,
  type Effect,
  type InvokeAnswer,
  type MeetingNotice,
  type Message,
  text,
} from './outputs';
import type { LoadedState, QuestionsState, StateChanges, UserMemory } from './state';
import type { FactPath, PartialFacts, Scope } from '../rubric';
import type { AdaptiveCardJson } from '../cards';

/** What a turn did, for the translator to carry out: in the conversation, and in state. */
export interface TurnOutput {
  readonly effects: readonly Effect[];
  /** the answer to an invoke; absent for other events */
  readonly invoke?: InvokeAnswer;
  readonly changes: StateChanges;
  /**
   * what undoes the records this turn created, should the turn fail before its replies are
   * out: what a turn says it did not save, it did not save
   */
  readonly undo: readonly (() => Promise<void>)[];
}

/**
 * One turn of the application: the event and the state it starts from, and what the turn
 * does, collected as data while the handlers run.
 */
export class Turn<E extends AppEvent = AppEvent> {
  private readonly effects: Effect[] = [];
  private invokeAnswer: InvokeAnswer | undefined;
  private readonly changes: StateChanges = {};
  private readonly undoSteps: (() => Promise<void>)[] = [];

  constructor(
    readonly event: E,
    readonly state: LoadedState,
    readonly deps: AppDeps,
  ) {}

  /** `onPosted` is told the posted message's id, when the channel gives one */
  send(message: Message, onPosted?: (messageId: string) => Promise<void>): void {
    this.effects.push(
      onPosted === undefined ? { kind: 'send', message } : { kind: 'send', message, onPosted },
    );
  }

  say(words: string, suggestions?: readonly string[]): void {
    this.send(text(words, suggestions));
  }

  sendCard(content: AdaptiveCardJson, summary?: string): void {
    this.send(card(content, summary));
  }

  update(messageId: string, message: Message): void {
    this.effects.push({ kind: 'update', messageId, message });
  }

  notifyInMeeting(notice: MeetingNotice): void {
    this.effects.push({ kind: 'notifyInMeeting', notice });
  }

  answerInvoke(answer: InvokeAnswer): void {
    this.invokeAnswer = answer;
  }

  /** what the bot remembers about the person: as this turn left it, else as it found it */
  get user(): UserMemory {
    return this.changes.user ?? this.state.user;
  }

  setUser(user: UserMemory): void {
    this.changes.user = user;
  }

  /** the questions open now: as this turn left them, else as the turn found them */
  get questions(): QuestionsState | undefined {
    const changed = this.changes.questions;
    return changed === undefined ? this.state.questions : (changed ?? undefined);
  }

  setQuestions(questions: QuestionsState | null): void {
    this.changes.questions = questions;
  }

  /**
   * Remembers the facts of a recommendation just given, for this conversation and person, with
   * what it was about and the facts nobody knew (so that a correction keeps them).
   */
  rememberFacts(facts: PartialFacts, asked: { scope?: Scope; unknown?: FactPath[] } = {}): void {
    this.changes.conversation = { ...this.state.conversation, lastFacts: facts };
    const { lastScope: _scope, lastUnknown: _unknown, ...user } = this.user;
    this.changes.user = {
      ...user,
      lastFacts: facts,
      ...(asked.scope ? { lastScope: asked.scope } : {}),
      ...(asked.unknown && asked.unknown.length > 0 ? { lastUnknown: asked.unknown } : {}),
    };
  }

  /** Registers what undoes a record this turn created (see TurnOutput.undo). */
  onUndo(step: () => Promise<void>): void {
    this.undoSteps.push(step);
  }

  output(): TurnOutput {
    return {
      effects: this.effects,
      ...(this.invokeAnswer === undefined ? {} : { invoke: this.invokeAnswer }),
      changes: this.changes,
      undo: this.undoSteps,
    };
  }
}
