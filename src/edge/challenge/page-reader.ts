// Reads the puzzle back out of a challenge page, for scripted clients and tests that solve it like a browser.
import { unescapeHtml } from './html.js';

export interface PagePuzzle {
  token: string;
  difficulty: number;
  returnTo: string;
  action: string;
}

const FORM_TAG = /<form\b[^>]*\bid="bw-form"[^>]*>([\s\S]*?)<\/form>/i;
const INPUT_TAG = /<input\b[^>]*>/gi;
const ATTRIBUTE = /([a-z][\w-]*)="([^"]*)"/gi;

/** The puzzle in a challenge page, or undefined when the HTML is not one. */
export function puzzleFromPage(html: string): PagePuzzle | undefined {
  const form = FORM_TAG.exec(html);
  if (!form) return undefined;
  const formAttributes = attributes(form[0].slice(0, form[0].indexOf('>') + 1));
  const values: Record<string, string> = {};
  for (const input of form[1].match(INPUT_TAG) ?? []) {
    const attrs = attributes(input);
    if (attrs.name !== undefined) values[attrs.name] = attrs.value ?? '';
  }
  const difficulty = Number(formAttributes['data-difficulty']);
  const action = formAttributes.action;
  if (!values.token || values.returnTo === undefined || !action || !Number.isInteger(difficulty))
    return undefined;
  return { token: values.token, difficulty, returnTo: values.returnTo, action };
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(ATTRIBUTE)) found[name.toLowerCase()] = unescapeHtml(value);
  return found;
}
