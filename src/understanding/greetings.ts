/**
 * Hello, thanks and goodbye: said to the bot, they deserve its welcome, not "no good answer".
 * The whole message must be one of these (punctuation and emoji aside), so "thanks, and how do
 * I …?" is still a question.
 */
const SMALL_TALK = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'yo',
  'good morning',
  'good afternoon',
  'good evening',
  'morning',
  'thanks',
  'thank you',
  'thanks a lot',
  'thank you very much',
  'thx',
  'ty',
  'cheers',
  'ok thanks',
  'great thanks',
  'bye',
  'goodbye',
  'see you',
  'hi there',
  'hello there',
  'hey there',
]);

/** Whether the message is only a greeting or thanks. */
export function isSmallTalk(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return SMALL_TALK.has(words);
}
