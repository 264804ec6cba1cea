/**
 * @liqa/bot: the Discord front end of liqa, and the same commands in a terminal. Thin: each
 * command parses its options, calls @liqa/core, and formats the answer.
 *
 * @module @liqa/bot
 */
export type { Answer, AnswerItem } from './answer.js';
export { createClient, startDiscord } from './client.js';
export type { Command, CommandContext } from './commands/command.js';
export { COMMANDS, findCommand } from './commands/index.js';
export type { BotConfig } from './config.js';
export { ConfigError, loadConfig } from './config.js';
export { deployCommands } from './deploy-commands.js';
export type { DispatchState } from './dispatch.js';
export { createDispatchState, handleInteraction } from './dispatch.js';
export { FetchError, fetchArticle, isInternalAddress } from './fetch-article.js';
export type { Logger } from './log.js';
export { createLogger, memoryLogger } from './log.js';
export { answerPages } from './render/embed.js';
export { escapeDiscord } from './render/escape.js';
export { answerText } from './render/text.js';
export { start } from './start.js';
export { parseLine, runLine, runTerminal } from './terminal.js';
