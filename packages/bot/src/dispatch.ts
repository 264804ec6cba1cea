import { isLiqaError } from '@liqa/core';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { z } from 'zod';
import type { Answer } from './answer.js';
import type { CommandContext } from './commands/command.js';
import { findCommand } from './commands/index.js';
import { mayIngest } from './guards/permissions.js';
import { RateLimiter } from './guards/rate-limit.js';
import { PageStore, pageButtonId, parsePageButton } from './pages.js';
import { answerPages } from './render/embed.js';
import { truncate } from './render/escape.js';

/** No reply ever pings anyone, whatever the article text holds. */
export const NO_MENTIONS = { parse: [] as never[] };

/** State shared by every interaction of one bot process. */
export interface DispatchState {
  readonly pages: PageStore;
  readonly perUser: RateLimiter;
  readonly perGuild: RateLimiter;
}

/** The state for {@link handleInteraction}: one per bot process (page cache, rate limits). */
export function createDispatchState(ctx: CommandContext): DispatchState {
  return {
    pages: new PageStore(),
    perUser: new RateLimiter(ctx.config.limits.perUserPerMinute),
    perGuild: new RateLimiter(ctx.config.limits.perGuildPerMinute),
  };
}

function pageButtons(key: string, page: number, count: number) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(pageButtonId(key, page - 1))
      .setLabel('◀')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(page === 0),
    new ButtonBuilder()
      .setCustomId(`liqa:count:${key}`)
      .setLabel(`${page + 1}/${count}`)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(true),
    new ButtonBuilder()
      .setCustomId(pageButtonId(key, page + 1))
      .setLabel('▶')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(page >= count - 1),
  );
}

/** Says something only the asker sees, whether or not the reply was deferred. */
async function tellPrivately(interaction: ChatInputCommandInteraction, message: string): Promise<void> {
  const content = truncate(message, 1900);
  if (interaction.deferred || interaction.replied) {
    // The deferred reply is public; replace it with a private follow-up.
    await interaction.deleteReply().catch(() => {});
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}

/** What a user is told about an error: their own mistakes plainly, our bugs with an incident id. */
function userMessage(error: unknown, incident: string): string {
  if (isLiqaError(error)) return error.message;
  return `Something went wrong on our side (incident ${incident}); it has been logged. · حدث خطأ، وسُجّل.`;
}

async function sendAnswer(interaction: ChatInputCommandInteraction, answer: Answer, state: DispatchState) {
  if (answer.ephemeral) {
    await tellPrivately(interaction, [answer.title, answer.summary].filter(Boolean).join('\n'));
    return;
  }
  const pages = answerPages(answer);
  const files = answer.image
    ? [new AttachmentBuilder(answer.image.data, { name: answer.image.name, description: answer.image.description })]
    : [];
  if (pages.length > 1) state.pages.put(interaction.id, pages);
  await interaction.editReply({
    embeds: [pages[0] ?? { title: answer.title }],
    files,
    components: pages.length > 1 ? [pageButtons(interaction.id, 0, pages.length)] : [],
    allowedMentions: NO_MENTIONS,
  });
}

async function runCommand(interaction: ChatInputCommandInteraction, ctx: CommandContext, state: DispatchState) {
  const command = findCommand(interaction.commandName);
  if (!command) {
    await tellPrivately(interaction, `Unknown command /${interaction.commandName}; try /help.`);
    return;
  }
  const user = state.perUser.take(interaction.user.id);
  const guild = interaction.guildId ? state.perGuild.take(interaction.guildId) : { ok: true as const };
  const limited = !user.ok ? user : !guild.ok ? guild : null;
  if (limited) {
    await tellPrivately(
      interaction,
      `Too many questions; try again in ${Math.ceil(limited.retryAfterMs / 1000)} s. · تمهّل قليلاً.`,
    );
    return;
  }
  if (command.privileged) {
    const member = interaction.member;
    const roles =
      member && 'roles' in member && !Array.isArray(member.roles)
        ? [...member.roles.cache.values()].map((r) => ({ id: r.id, name: r.name }))
        : Array.isArray(member?.roles)
          ? member.roles.map((id) => ({ id, name: '' }))
          : [];
    if (!mayIngest({ permissions: interaction.memberPermissions, roles }, ctx.config.ingestRoles)) {
      await tellPrivately(
        interaction,
        'Only members with the Manage Server permission (or a role the bot is configured with) may add articles. · الإضافة للمشرفين فقط.',
      );
      return;
    }
  }
  const raw = command.readOptions
    ? command.readOptions(interaction)
    : Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
  const parsed = command.input.safeParse(raw);
  if (!parsed.success) {
    await tellPrivately(interaction, z.prettifyError(parsed.error));
    return;
  }
  await interaction.deferReply();
  const answer = await command.run(parsed.data, ctx);
  await sendAnswer(interaction, answer, state);
}

/**
 * The one `interactionCreate` handler: slash commands, autocomplete and page buttons. Every error
 * is caught here: logged with the interaction, answered with a clear private message, and the
 * next interaction is served as usual.
 */
export async function handleInteraction(
  interaction: Interaction,
  ctx: CommandContext,
  state: DispatchState,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      const command = findCommand(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
      return;
    }
    if (interaction.isButton()) {
      const target = parsePageButton(interaction.customId);
      if (!target) return;
      const pages = state.pages.get(target.key);
      const page = pages?.[target.page];
      if (!pages || !page) {
        await interaction.reply({
          content: 'These pages have expired; ask again. · انتهت صلاحية الصفحات.',
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
        return;
      }
      await interaction.update({
        embeds: [page],
        components: [pageButtons(target.key, target.page, pages.length)],
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    if (interaction.isChatInputCommand()) await runCommand(interaction, ctx, state);
  } catch (error) {
    const incident = interaction.id;
    const expected = isLiqaError(error);
    if (!expected) {
      ctx.log.error('interaction_failed', {
        incident,
        command: interaction.isCommand() ? interaction.commandName : null,
        user: interaction.user.id,
        guild: interaction.guildId,
        error,
      });
    }
    if (interaction.isChatInputCommand()) {
      await tellPrivately(interaction, userMessage(error, incident)).catch((replyError: unknown) =>
        ctx.log.error('reply_failed', { incident, error: replyError }),
      );
    } else if (interaction.isAutocomplete() && !interaction.responded) {
      await interaction.respond([]).catch(() => {});
    }
  }
}
