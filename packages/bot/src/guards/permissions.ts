import { PermissionFlagsBits } from 'discord.js';

/** What the dispatcher knows about who is asking. */
export interface Asker {
  /** The member's permissions in the channel, or null outside a server. */
  readonly permissions: { has(flag: bigint): boolean } | null;
  /** Ids and names of the member's roles. */
  readonly roles: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/**
 * Whether the asker may change the corpus (`/ingest`): members with Manage Server, or with one of
 * the roles the configuration names (by id or by name).
 */
export function mayIngest(asker: Asker, ingestRoles: readonly string[]): boolean {
  if (asker.permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return asker.roles.some((role) => ingestRoles.includes(role.id) || ingestRoles.includes(role.name));
}
