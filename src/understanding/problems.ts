/**
 * What was wrong with a typed answer, as data: a code and its parameters. The sentences people
 * read are rendered from it in `src/words/understanding.ts`.
 */
export type AnswerProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; length: number; maximum: number }
  | { kind: 'notSkippable' }
  | { kind: 'hedged' }
  | { kind: 'noNumber'; typed: string }
  | { kind: 'notWhole'; typed: string }
  | { kind: 'belowMinimum'; typed: string; minimum: number }
  | { kind: 'tooLarge'; typed: string }
  | { kind: 'severalNumbers'; typed: string[] }
  | { kind: 'notUsDollars'; currency: string }
  | { kind: 'notMonthly'; period: string }
  | { kind: 'notHours'; unit: string }
  | { kind: 'notYesNo'; typed: string }
  | { kind: 'yesAndNo' }
  | { kind: 'noChoice'; typed: string }
  | { kind: 'severalChoices'; titles: string[] }
  | { kind: 'negatedChoice' }
  | { kind: 'noneAndSome' }
  /** "400-600", "a few": what is known of the number does not settle what the question needs */
  | { kind: 'notExact'; typed: string };
