/**
 * @liqa/bot: the Discord front end of liqa. It is a shell for now; the slash commands arrive with
 * the bot issue and stay thin: parse a command, call @liqa/core, format the answer.
 */
export { parseArticle } from '@liqa/core';
