import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command } from './command.js';

const input = z.object({});

/** `/help` — what liqa can answer, and how to ask. */
export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What liqa answers, and how to ask · ما يجيب عنه لقاء وكيف تسأله'),
  input,
  positional: [],
  help: '/help — هذه المساعدة · this help',
  async run(_input, ctx) {
    // Imported here: the list of commands imports this file.
    const { COMMANDS } = await import('./index.js');
    const stats = await ctx.corpus.stats();
    return {
      title: 'لقاء · liqa: من التقى مَن، ومتى، وأين',
      summary: `Who met whom, when and where, read from Arabic news, with the sentence that says so. The corpus holds ${stats.articles} articles, ${stats.people} people and ${stats.meetings} meetings. Names work in Arabic or Latin letters (أكار، Akar).`,
      items: COMMANDS.map((c) => ({ heading: `/${c.data.name}`, lines: [c.help] })),
    };
  },
} satisfies Command<z.infer<typeof input>>;
