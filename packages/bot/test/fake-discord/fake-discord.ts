/**
 * A small fake Discord for end-to-end tests: the real discord.js `Client` logs in to it, receives
 * interactions over the gateway and answers them over REST, all on 127.0.0.1.
 *
 * - REST (node:http) at `restUrl`. Pass it as `new Client({ rest: { api: fake.restUrl } })`:
 *   @discordjs/rest builds `${api}/v10${route}`, so every recorded path starts with `/v10/`.
 * - Gateway (the `ws` package) on the same port, API v10, JSON encoding. It speaks what
 *   @discordjs/ws 1.2 asks for: `?v=10&encoding=json`, plus `&compress=zlib-stream` (one deflate
 *   context per socket, Z_SYNC_FLUSH per payload) when `zlib-sync` is installed, and identify
 *   compression (`compress: true` in IDENTIFY). Other encodings and versions are refused with
 *   Discord's close codes.
 *
 * Everything the bot sends is recorded (`requests`, `gatewayReceived`); Discord's rules that a bot
 * most easily breaks are enforced (one callback per interaction, message and embed limits, empty
 * messages, autocomplete choices, command names), with Discord-style JSON errors, so a test sees
 * the failure the real API would give.
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createDeflate, type Deflate, deflateSync, constants as zlibConstants } from 'node:zlib';
import type {
  APIApplication,
  APIApplicationCommand,
  APIAttachment,
  APIEmbed,
  APIGuildMember,
  APIInteractionGuildMember,
  APIMessage,
  APIRole,
  APIUser,
  ApplicationFlags,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
  GuildMemberFlags,
  GuildSystemChannelFlags,
  Locale,
  MessageFlags,
  RoleFlags,
} from 'discord.js';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';

export interface FakeDiscordOptions {
  applicationId?: string;
  /** The bot user's id; by default the application id, as for every application made since 2020. */
  botUserId?: string;
  guildId?: string;
  /** The guild's one text channel. */
  channelId?: string;
  /** The token the fake accepts (REST `Authorization: Bot <token>`, gateway IDENTIFY/RESUME). */
  token?: string;
  /** HELLO's heartbeat_interval, in ms. */
  heartbeatInterval?: number;
}

/** A file of a multipart/form-data request (a message attachment). */
export interface RecordedFile {
  /** The form field, `files[0]`, `files[1]`, … */
  field: string;
  name: string;
  size: number;
  contentType: string | undefined;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** The URL path without its query, percent-decoded, e.g. `/v10/webhooks/1/abc/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  /**
   * The parsed JSON body. For multipart/form-data (messages with attachments) it is the parsed
   * `payload_json` part, and the files are in `files`. Undefined when there was no body.
   */
  body: unknown;
  files: RecordedFile[];
  /** The route that matched, e.g. `POST /v10/interactions/:id/:token/callback`; null if none did. */
  route: string | null;
  params: Record<string, string>;
  /** What the fake answered. */
  status: number;
  response: unknown;
}

/** A gateway payload, as a client sent it. */
export interface GatewayPayload {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface InteractionInit {
  /** 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 4 APPLICATION_COMMAND_AUTOCOMPLETE, 5 MODAL_SUBMIT. */
  type: 2 | 3 | 4 | 5;
  /**
   * Merged over the defaults: commands get `{ id, name, type: 1 }` (the id of the registered
   * command of that name, if any), components `{ custom_id, component_type: 2 }`, modals
   * `{ custom_id, components: [] }`.
   */
  data?: Record<string, unknown>;
  /** Merged over the fake's default user (`fake.user`). */
  user?: Partial<APIUser>;
  /** A DM with the bot instead of the guild's text channel (no guild_id/member, `user`, context 1). */
  dm?: boolean;
  /** The invoking member's permissions (a bit set as a decimal string). */
  permissions?: string;
  locale?: string;
  /** For components: the message the component is on. Default: the bot's last message in the channel. */
  message?: APIMessage;
  /** Merged last over the whole interaction payload. */
  extra?: Record<string, unknown>;
}

export interface SentInteraction {
  id: string;
  token: string;
  /** The INTERACTION_CREATE payload as sent. */
  payload: Record<string, unknown>;
}

/** Returns a reply to answer the request with, or undefined to let the fake handle it. */
export type RequestInterceptor = (request: RecordedRequest) => { status: number; body?: unknown } | undefined;

export interface FakeDiscord {
  /** For `new Client({ rest: { api: restUrl } })`. */
  readonly restUrl: string;
  /** `ws://127.0.0.1:PORT`, returned by GET /v10/gateway/bot and as READY's resume_gateway_url. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUser: APIUser;
  /** The member who invokes interactions unless `sendInteraction` says otherwise. */
  readonly user: APIUser;
  /** Every REST request, in order of answer. */
  readonly requests: readonly RecordedRequest[];
  /** Every gateway payload clients sent (heartbeats, IDENTIFY with its intents, RESUME, …). */
  readonly gatewayReceived: readonly GatewayPayload[];
  /** The request URLs of the gateway connections, e.g. `/?v=10&encoding=json`. */
  readonly gatewayUrls: readonly string[];
  /** The messages the bot made through interactions and webhooks, by id, as the fake last answered them. */
  readonly messages: ReadonlyMap<string, APIMessage>;
  /** IDENTIFYs accepted so far. */
  readonly identifies: number;
  /** RESUMEs accepted so far. */
  readonly resumes: number;
  /** Sends a dispatch (op 0) to every live session; returns how many got it. */
  dispatch(event: string, data: unknown): number;
  /** Fills in and dispatches an INTERACTION_CREATE. Throws if no session is live (see waitForSession). */
  sendInteraction(init: InteractionInit): SentInteraction;
  /** The first recorded request, past or future, that matches. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Resolves once `count` IDENTIFYs in all have been accepted (past or future). */
  waitForIdentify(count?: number, timeoutMs?: number): Promise<void>;
  /** Resolves once a socket holds a session that got READY + GUILD_CREATE, or RESUMED: dispatches reach it. */
  waitForSession(timeoutMs?: number): Promise<void>;
  /**
   * Closes every gateway socket with `code` (4000 by default: discord.js resumes; with 1000 it
   * identifies again). Sessions stay resumable, but nothing dispatched meanwhile is replayed.
   * Returns how many sockets were closed.
   */
  closeConnections(code?: number): number;
  /** Answers matching requests yourself (e.g. a 500 or a 429); returns a function that removes the interceptor. */
  intercept(interceptor: RequestInterceptor): () => void;
  /** The registered commands: global ones, or a guild's. */
  commands(guildId?: string): APIApplicationCommand[];
  stop(): Promise<void>;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(options);
  await fake.listen();
  return fake;
}

// ---------------------------------------------------------------------------------------------
// Constants and small helpers

const DISCORD_EPOCH = 1_420_070_400_000n;
let lastSnowflake = 0n;

/** A unique, increasing snowflake of the current time. */
export function snowflake(): string {
  const now = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
  lastSnowflake = now > lastSnowflake ? now : lastSnowflake + 1n;
  return lastSnowflake.toString();
}

/** ViewChannel, SendMessages, EmbedLinks, AttachFiles, ReadMessageHistory, UseExternalEmojis, UseApplicationCommands. */
const PERMISSIONS = String(1024 + 2048 + 16_384 + 32_768 + 65_536 + 262_144 + 2_147_483_648);
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;
const MESSAGE_FLAG_EPHEMERAL = 64;
const MESSAGE_FLAG_LOADING = 128;
/** Flags a bot may set on a message: SuppressEmbeds, Ephemeral, SuppressNotifications, IsComponentsV2. */
const SETTABLE_MESSAGE_FLAGS = 4 | 64 | 4096 | 32_768;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Reply {
  status: number;
  body?: unknown;
  raw?: { data: Buffer; contentType: string };
}

function discordError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

const unauthorized = () => discordError(401, 0, '401: Unauthorized');
const notFound = () => discordError(404, 0, '404: Not Found');
const unknownApplication = () => discordError(404, 10_002, 'Unknown Application');
const unknownMessage = () => discordError(404, 10_008, 'Unknown Message');
const unknownWebhook = () => discordError(404, 10_015, 'Unknown Webhook');
const unknownInteraction = () => discordError(404, 10_062, 'Unknown interaction');
const alreadyAcknowledged = () => discordError(400, 40_060, 'Interaction has already been acknowledged.');
const emptyMessage = () => discordError(400, 50_006, 'Cannot send an empty message');
const invalidJson = () => discordError(400, 50_109, 'The request body contains invalid JSON.');
const tooLarge = () => discordError(413, 40_005, 'Request entity too large');
const missingAccess = () => discordError(403, 50_001, 'Missing Access');

interface FieldProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Discord's 50035 Invalid Form Body, with its nested `errors` (`{ data: { content: { _errors: [...] } } }`). */
function invalidFormBody(problems: FieldProblem[]): Reply {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.path) {
      node[String(key)] ??= {};
      node = node[String(key)] as Record<string, unknown>;
    }
    node._errors ??= [];
    (node._errors as unknown[]).push({ code: problem.code, message: problem.message });
  }
  return { status: 400, body: { message: 'Invalid Form Body', code: 50_035, errors } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lengths as Discord counts them for its limits: in characters (code points). */
function charLength(text: string): number {
  return [...text].length;
}

function checkLength(
  problems: FieldProblem[],
  path: (string | number)[],
  value: unknown,
  min: number,
  max: number,
  required = false,
): void {
  if (value === undefined || value === null) {
    if (required) problems.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (typeof value !== 'string') {
    problems.push({ path, code: 'STRING_TYPE_CONVERT', message: 'Must be a string.' });
    return;
  }
  const length = charLength(value);
  if (length > max && min === 0) {
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  } else if (length < min || length > max) {
    problems.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
}

/** Discord's limits on a message body (content, embeds, component rows), for a create or an edit. */
function checkMessage(body: Record<string, unknown>, path: (string | number)[], problems: FieldProblem[]): void {
  checkLength(problems, [...path, 'content'], body.content, 0, 2000);
  const embeds = body.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) {
      problems.push({ path: [...path, 'embeds'], code: 'LIST_TYPE_CONVERT', message: 'Must be an array.' });
    } else {
      if (embeds.length > 10) {
        problems.push({
          path: [...path, 'embeds'],
          code: 'BASE_TYPE_MAX_LENGTH',
          message: 'Must be 10 or fewer in length.',
        });
      }
      let total = 0;
      embeds.forEach((embed: unknown, index) => {
        const at = [...path, 'embeds', index];
        if (!isRecord(embed)) {
          problems.push({
            path: at,
            code: 'MODEL_TYPE_CONVERT',
            message: 'Only dictionaries may be used in a ModelType',
          });
          return;
        }
        const text = (value: unknown) => (typeof value === 'string' ? charLength(value) : 0);
        checkLength(problems, [...at, 'title'], embed.title, 0, 256);
        checkLength(problems, [...at, 'description'], embed.description, 0, 4096);
        total += text(embed.title) + text(embed.description);
        if (isRecord(embed.footer)) {
          checkLength(problems, [...at, 'footer', 'text'], embed.footer.text, 0, 2048);
          total += text(embed.footer.text);
        }
        if (isRecord(embed.author)) {
          checkLength(problems, [...at, 'author', 'name'], embed.author.name, 0, 256);
          total += text(embed.author.name);
        }
        if (Array.isArray(embed.fields)) {
          if (embed.fields.length > 25) {
            problems.push({
              path: [...at, 'fields'],
              code: 'BASE_TYPE_MAX_LENGTH',
              message: 'Must be 25 or fewer in length.',
            });
          }
          embed.fields.forEach((field: unknown, fieldIndex) => {
            const fieldAt = [...at, 'fields', fieldIndex];
            const { name, value } = isRecord(field) ? field : {};
            checkLength(problems, [...fieldAt, 'name'], name, 1, 256, true);
            checkLength(problems, [...fieldAt, 'value'], value, 1, 1024, true);
            total += text(name) + text(value);
          });
        }
      });
      if (total > 6000) {
        problems.push({
          path: [...path, 'embeds'],
          code: 'MAX_EMBED_SIZE_EXCEEDED',
          message: 'Embed size exceeds maximum size of 6000',
        });
      }
    }
  }
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if (Array.isArray(body.components) && (flags & 32_768) === 0 && body.components.length > 5) {
    problems.push({
      path: [...path, 'components'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 5 or fewer in length.',
    });
  }
}

function isEmptyMessage(body: Record<string, unknown>, files: RecordedFile[]): boolean {
  const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
  return (
    (typeof body.content !== 'string' || body.content.length === 0) &&
    !nonEmpty(body.embeds) &&
    !nonEmpty(body.components) &&
    !nonEmpty(body.sticker_ids) &&
    !isRecord(body.poll) &&
    files.length === 0
  );
}

function checkChoices(data: Record<string, unknown>, problems: FieldProblem[]): void {
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    problems.push({ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (choices.length > 25) {
    problems.push({
      path: ['data', 'choices'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 25 or fewer in length.',
    });
  }
  choices.forEach((choice: unknown, index) => {
    const at = ['data', 'choices', index];
    const { name, value } = isRecord(choice) ? choice : {};
    checkLength(problems, [...at, 'name'], name, 1, 100, true);
    if (typeof value === 'string') checkLength(problems, [...at, 'value'], value, 0, 100);
    else if (typeof value !== 'number') {
      problems.push({ path: [...at, 'value'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    }
  });
}

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkCommandName(
  problems: FieldProblem[],
  path: (string | number)[],
  name: unknown,
  chatInput: boolean,
): void {
  if (typeof name !== 'string') {
    problems.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else if (chatInput && (!CHAT_INPUT_NAME.test(name) || name.toLowerCase() !== name)) {
    problems.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid` });
  } else if (!chatInput) {
    checkLength(problems, path, name, 1, 32);
  }
}

function checkCommandOptions(options: unknown, path: (string | number)[], problems: FieldProblem[]): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    problems.push({ path, code: 'LIST_TYPE_CONVERT', message: 'Must be an array.' });
    return;
  }
  if (options.length > 25) {
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  }
  let sawOptional = false;
  options.forEach((option: unknown, index) => {
    const at = [...path, index];
    if (!isRecord(option)) return;
    checkCommandName(problems, [...at, 'name'], option.name, true);
    checkLength(problems, [...at, 'description'], option.description, 1, 100, true);
    if (option.required === true && sawOptional) {
      problems.push({
        path: [...at, 'required'],
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices)) {
      if (option.choices.length > 25) {
        problems.push({
          path: [...at, 'choices'],
          code: 'BASE_TYPE_MAX_LENGTH',
          message: 'Must be 25 or fewer in length.',
        });
      }
      option.choices.forEach((choice: unknown, choiceIndex) => {
        const { name, value } = isRecord(choice) ? choice : {};
        checkLength(problems, [...at, 'choices', choiceIndex, 'name'], name, 1, 100, true);
        if (typeof value === 'string') checkLength(problems, [...at, 'choices', choiceIndex, 'value'], value, 0, 100);
      });
    }
    // Subcommands (1) and groups (2) carry options of their own.
    if (option.type === 1 || option.type === 2) checkCommandOptions(option.options, [...at, 'options'], problems);
  });
}

function pngSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

interface MultipartPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** Enough of multipart/form-data for what undici's FormData sends. */
function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    start += delimiter.length;
    if (body.toString('latin1', start, start + 2) === '--') break;
    start += 2; // CRLF after the delimiter
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start, next - 2); // the CRLF before the next delimiter
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = new Map<string, string>();
      for (const line of part.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      const disposition = headers.get('content-disposition') ?? '';
      const unescapeField = (value: string | undefined) =>
        value?.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
      parts.push({
        name: unescapeField(/\bname="([^"]*)"/.exec(disposition)?.[1]) ?? '',
        filename: unescapeField(/\bfilename="([^"]*)"/.exec(disposition)?.[1]),
        contentType: headers.get('content-type'),
        data: part.subarray(headerEnd + 4),
      });
    }
    start = next;
  }
  return parts;
}

interface Route {
  method: string;
  pattern: string;
  segments: string[];
  auth: boolean;
  handle: (request: RecordedRequest) => Reply;
}

interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  channelId: string;
  guildId: string | undefined;
  user: APIUser;
  owners: Record<string, string>;
  acknowledged: boolean;
  /** The message `@original` means, once there is one. */
  originalId: string | undefined;
  /** For components: the message the component is on. */
  componentMessageId: string | undefined;
  messageIds: Set<string>;
}

interface Session {
  id: string;
  seq: number;
  connection: Connection | null;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
  /** READY + GUILD_CREATE or RESUMED sent, socket not closed by the fake. */
  live: boolean;
  identifyCompress: boolean;
  deflate: Deflate | null;
  deflated: Buffer[];
  queue: Promise<void>;
}

interface Waiter {
  check(): void;
  fail(error: Error): void;
}

// ---------------------------------------------------------------------------------------------

class FakeDiscordServer implements FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUser: APIUser;
  readonly user: APIUser;
  readonly requests: RecordedRequest[] = [];
  readonly gatewayReceived: GatewayPayload[] = [];
  readonly gatewayUrls: string[] = [];
  readonly messages = new Map<string, APIMessage>();

  private port = 0;
  private readonly heartbeatInterval: number;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly routes: Route[];
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly interactionsByToken = new Map<string, InteractionRecord>();
  private readonly registeredCommands = new Map<string, APIApplicationCommand[]>();
  private readonly commandIds = new Map<string, string>();
  private readonly attachmentData = new Map<string, Buffer>();
  private readonly dmChannelIds = new Map<string, string>();
  private readonly interceptors = new Set<RequestInterceptor>();
  private readonly waiters = new Set<Waiter>();
  private readonly joinedAt = new Date().toISOString();
  private identifyCount = 0;
  private resumeCount = 0;
  private stopped = false;

  constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake-token';
    this.applicationId = options.applicationId ?? '1300000000000000001';
    this.guildId = options.guildId ?? '1300000000000000002';
    this.channelId = options.channelId ?? '1300000000000000003';
    this.heartbeatInterval = options.heartbeatInterval ?? 45_000;
    this.botUser = {
      id: options.botUserId ?? this.applicationId,
      username: 'liqa',
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.user = {
      id: '1300000000000000004',
      username: 'tester',
      discriminator: '0',
      global_name: 'Tester',
      avatar: null,
    };

    this.server = createServer((request, response) => void this.onRequest(request, response));
    this.server.on('clientError', (_error, socket) => socket.destroy());
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws, request));
    });
    this.routes = this.buildRoutes();
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  get restUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get identifies(): number {
    return this.identifyCount;
  }

  get resumes(): number {
    return this.resumeCount;
  }

  // -------------------------------------------------------------------------------------------
  // Waiting

  private waitFor<T>(get: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.stopped) {
        reject(new Error(`fake-discord: stopped while waiting for ${what}`));
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = get();
          } catch (error) {
            waiter.fail(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (value === undefined) return;
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(value);
        },
        fail: (error) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          reject(error);
        },
      };
      this.waiters.add(waiter);
      waiter.check();
      if (!this.waiters.has(waiter)) return;
      timer = setTimeout(() => {
        const seen = this.requests.map((request) => `  ${request.method} ${request.path} → ${request.status}`);
        waiter.fail(
          new Error(
            `fake-discord: no ${what} within ${timeoutMs} ms (identifies ${this.identifyCount}, resumes ${this.resumeCount}); requests so far:\n${seen.join('\n') || '  (none)'}`,
          ),
        );
      }, timeoutMs);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, 'matching request');
  }

  waitForIdentify(count = 1, timeoutMs = 5000): Promise<void> {
    return this.waitFor(
      () => (this.identifyCount >= count ? null : undefined),
      timeoutMs,
      `IDENTIFY number ${count}`,
    ).then(() => undefined);
  }

  waitForSession(timeoutMs = 5000): Promise<void> {
    return this.waitFor(
      () => (this.liveConnections().length > 0 ? null : undefined),
      timeoutMs,
      'live gateway session',
    ).then(() => undefined);
  }

  // -------------------------------------------------------------------------------------------
  // Gateway

  private liveConnections(): Connection[] {
    return [...this.connections].filter(
      (connection) => connection.live && connection.socket.readyState === connection.socket.OPEN,
    );
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const connection: Connection = {
      socket,
      session: null,
      live: false,
      identifyCompress: false,
      deflate: null,
      deflated: [],
      queue: Promise.resolve(),
    };
    this.connections.add(connection);
    this.gatewayUrls.push(request.url ?? '/');
    socket.on('error', () => {});
    socket.on('close', () => {
      connection.live = false;
      this.connections.delete(connection);
      if (connection.session?.connection === connection) connection.session.connection = null;
      connection.deflate?.close();
    });

    const query = new URL(request.url ?? '/', this.gatewayUrl).searchParams;
    if (query.get('v') !== '10') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      socket.close(4002, 'fake-discord speaks only encoding=json');
      return;
    }
    const compress = query.get('compress');
    if (compress === 'zlib-stream') {
      const deflate = createDeflate({ chunkSize: 65_535 });
      deflate.on('data', (chunk: Buffer) => connection.deflated.push(chunk));
      deflate.on('error', () => {});
      connection.deflate = deflate;
    } else if (compress !== null) {
      socket.close(4002, `fake-discord does not speak compress=${compress}`);
      return;
    }

    socket.on('message', (data, isBinary) => this.onPayload(connection, data, isBinary));
    this.send(connection, { op: 10, d: { heartbeat_interval: this.heartbeatInterval } });
  }

  private send(connection: Connection, payload: GatewayPayload): void {
    const { socket } = connection;
    const text = JSON.stringify({ op: payload.op, d: payload.d ?? null, s: payload.s ?? null, t: payload.t ?? null });
    if (connection.deflate) {
      const deflate = connection.deflate;
      connection.queue = connection.queue.then(
        () =>
          new Promise<void>((resolve) => {
            deflate.write(text);
            deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
              const frame = Buffer.concat(connection.deflated.splice(0));
              if (socket.readyState === socket.OPEN) socket.send(frame);
              resolve();
            });
          }),
      );
      return;
    }
    if (socket.readyState !== socket.OPEN) return;
    if (connection.identifyCompress) socket.send(deflateSync(text));
    else socket.send(text);
  }

  private sendDispatch(connection: Connection, event: string, data: unknown): void {
    const session = connection.session;
    if (!session) return;
    session.seq += 1;
    this.send(connection, { op: 0, t: event, s: session.seq, d: data });
  }

  private onPayload(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: GatewayPayload;
    try {
      if (isBinary) throw new Error('binary');
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as Buffer).toString();
      payload = JSON.parse(text) as GatewayPayload;
      if (!isRecord(payload) || typeof payload.op !== 'number') throw new Error('no op');
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    this.gatewayReceived.push(payload);
    const d = isRecord(payload.d) ? payload.d : {};
    switch (payload.op) {
      case 1: // HEARTBEAT
        this.send(connection, { op: 11, d: null });
        break;
      case 2: // IDENTIFY
        if (connection.session) connection.socket.close(4005, 'Already authenticated.');
        else if (d.token !== this.token) connection.socket.close(4004, 'Authentication failed.');
        else this.identify(connection, d);
        break;
      case 6: // RESUME
        if (connection.session) connection.socket.close(4005, 'Already authenticated.');
        else if (d.token !== this.token) connection.socket.close(4004, 'Authentication failed.');
        else this.resume(connection, d);
        break;
      case 3: // PRESENCE_UPDATE
      case 4: // VOICE_STATE_UPDATE
      case 8: // REQUEST_GUILD_MEMBERS
        if (!connection.session) connection.socket.close(4003, 'Not authenticated.');
        break;
      default:
        connection.socket.close(4001, 'Unknown opcode.');
    }
    this.notify();
  }

  private identify(connection: Connection, d: Record<string, unknown>): void {
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, connection };
    this.sessions.set(session.id, session);
    connection.session = session;
    connection.identifyCompress = d.compress === true && connection.deflate === null;
    this.identifyCount += 1;
    const shard =
      Array.isArray(d.shard) && d.shard.length === 2 ? (d.shard as [number, number]) : ([0, 1] as [number, number]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.sendDispatch(connection, 'READY', ready);
    this.sendDispatch(connection, 'GUILD_CREATE', this.guildCreate());
    connection.live = true;
  }

  private resume(connection: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || typeof d.seq !== 'number' || d.seq > session.seq) {
      this.send(connection, { op: 9, d: false }); // INVALID_SESSION, not resumable
      return;
    }
    if (session.connection && session.connection !== connection) {
      session.connection.live = false;
      session.connection.session = null;
      session.connection.socket.close(4000, 'Session resumed elsewhere');
    }
    session.connection = connection;
    connection.session = session;
    this.resumeCount += 1;
    this.sendDispatch(connection, 'RESUMED', {});
    connection.live = true;
  }

  dispatch(event: string, data: unknown): number {
    if (event === 'INTERACTION_CREATE' && isRecord(data)) this.registerInteraction(data);
    const live = this.liveConnections();
    for (const connection of live) this.sendDispatch(connection, event, data);
    return live.length;
  }

  closeConnections(code = 4000): number {
    const open = [...this.connections].filter((connection) => connection.socket.readyState === connection.socket.OPEN);
    for (const connection of open) {
      connection.live = false;
      connection.socket.close(code, 'fake-discord: closeConnections');
    }
    return open.length;
  }

  // -------------------------------------------------------------------------------------------
  // The guild

  private everyoneRole(): APIRole {
    return {
      id: this.guildId,
      name: '@everyone',
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: PERMISSIONS,
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
  }

  private textChannel() {
    return {
      id: this.channelId,
      type: 0 as const,
      guild_id: this.guildId,
      name: 'general',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    };
  }

  private member(user: APIUser): APIGuildMember {
    return {
      user,
      nick: null,
      avatar: null,
      roles: [],
      joined_at: this.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      pending: false,
      communication_disabled_until: null,
    };
  }

  private guildCreate(): GatewayGuildCreateDispatchData {
    return {
      id: this.guildId,
      name: 'liqa test guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.user.id,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [this.everyoneRole()],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: this.channelId,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      max_members: 500_000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US' as Locale,
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      joined_at: this.joinedAt,
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [this.member(this.botUser), this.member(this.user)],
      channels: [this.textChannel()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private application(): APIApplication {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      bot_public: false,
      bot_require_code_grant: false,
      bot: this.botUser,
      owner: this.user,
      verify_key: '0'.repeat(64),
      team: null,
      flags: 0 as ApplicationFlags,
      flags_new: '0',
      approximate_guild_count: 1,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Interactions

  sendInteraction(init: InteractionInit): SentInteraction {
    if (this.liveConnections().length === 0) {
      throw new Error('fake-discord: no live gateway session to send the interaction to (await fake.waitForSession())');
    }
    const id = snowflake();
    const token = `fake-interaction-${randomBytes(18).toString('base64url')}`;
    const user: APIUser = { ...this.user, ...init.user };
    const dm = init.dm === true;
    const permissions = init.permissions ?? PERMISSIONS;
    const channel = dm
      ? { id: this.dmChannelId(user.id), type: 1, recipients: [user], last_message_id: null, flags: 0 }
      : { ...this.textChannel(), permissions };
    const data = this.interactionData(init);
    const member: APIInteractionGuildMember = { ...this.member(user), user, permissions };

    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type: init.type,
      token,
      version: 1,
      data,
      channel_id: channel.id,
      channel,
      app_permissions: PERMISSIONS,
      locale: init.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: dm ? '0' : this.guildId },
      context: dm ? 1 : 0,
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
      ...(dm
        ? { user }
        : {
            guild_id: this.guildId,
            guild: { id: this.guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member,
          }),
      ...(init.type === 3 ? { message: init.message ?? this.componentMessage(channel.id) } : {}),
      ...init.extra,
    };
    this.dispatch('INTERACTION_CREATE', payload);
    return { id: String(payload.id), token: String(payload.token), payload };
  }

  private dmChannelId(userId: string): string {
    let id = this.dmChannelIds.get(userId);
    if (!id) {
      id = snowflake();
      this.dmChannelIds.set(userId, id);
    }
    return id;
  }

  private interactionData(init: InteractionInit): Record<string, unknown> {
    const given = init.data ?? {};
    if (init.type === 3) return { custom_id: 'button', component_type: 2, ...given };
    if (init.type === 5) return { custom_id: 'modal', components: [], ...given };
    const name = typeof given.name === 'string' ? given.name : 'command';
    const type = typeof given.type === 'number' ? given.type : 1;
    const guildCommand = this.commands(this.guildId).find((command) => command.name === name && command.type === type);
    const command = guildCommand ?? this.commands().find((c) => c.name === name && c.type === type);
    return {
      id: command?.id ?? this.commandId(`${type}:${name}`),
      name,
      type,
      ...(guildCommand ? { guild_id: this.guildId } : {}),
      ...given,
    };
  }

  private commandId(key: string): string {
    let id = this.commandIds.get(key);
    if (!id) {
      id = snowflake();
      this.commandIds.set(key, id);
    }
    return id;
  }

  /** The bot's last message in the channel, or a new one with a button, for a component interaction. */
  private componentMessage(channelId: string): APIMessage {
    const last = [...this.messages.values()].reverse().find((message) => message.channel_id === channelId);
    if (last) return last;
    const message = this.newMessage(channelId, {
      content: 'a message with a button',
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'button', label: 'Button' }] }],
    });
    this.messages.set(message.id, message);
    return message;
  }

  private registerInteraction(payload: Record<string, unknown>): void {
    if (typeof payload.id !== 'string' || typeof payload.token !== 'string') return;
    const member = isRecord(payload.member) ? payload.member : undefined;
    const user = (member?.user ?? payload.user ?? this.user) as APIUser;
    const message = isRecord(payload.message) ? (payload.message as unknown as APIMessage) : undefined;
    if (message && !this.messages.has(message.id)) this.messages.set(message.id, message);
    const record: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      type: typeof payload.type === 'number' ? payload.type : 2,
      channelId: typeof payload.channel_id === 'string' ? payload.channel_id : this.channelId,
      guildId: typeof payload.guild_id === 'string' ? payload.guild_id : undefined,
      user,
      owners: isRecord(payload.authorizing_integration_owners)
        ? (payload.authorizing_integration_owners as Record<string, string>)
        : {},
      acknowledged: false,
      originalId: undefined,
      componentMessageId: message?.id,
      messageIds: new Set(message ? [message.id] : []),
    };
    this.interactions.set(record.id, record);
    this.interactionsByToken.set(record.token, record);
  }

  // -------------------------------------------------------------------------------------------
  // Messages

  private newMessage(channelId: string, fields: Partial<APIMessage>): APIMessage {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0 as MessageFlags,
      components: [],
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      ...fields,
    };
  }

  private interactionMessage(
    interaction: InteractionRecord,
    body: Record<string, unknown>,
    files: RecordedFile[],
    kind: 'reply' | 'deferred' | 'followup',
  ): APIMessage {
    const flags = typeof body.flags === 'number' ? body.flags & SETTABLE_MESSAGE_FLAGS : 0;
    const message = this.newMessage(interaction.channelId, {
      type: kind !== 'followup' && interaction.type === 2 ? 20 : 0,
      flags: kind === 'deferred' ? (flags & MESSAGE_FLAG_EPHEMERAL) | MESSAGE_FLAG_LOADING : flags,
      interaction_metadata: {
        id: interaction.id,
        type: interaction.type,
        user: interaction.user,
        authorizing_integration_owners: interaction.owners,
      } as APIMessage['interaction_metadata'],
    });
    if (kind !== 'deferred') this.applyBody(message, body, files);
    this.messages.set(message.id, message);
    interaction.messageIds.add(message.id);
    return message;
  }

  /** Applies a create or edit body: content, embeds, components, flags, attachments (Discord's rules). */
  private applyBody(message: APIMessage, body: Record<string, unknown>, files: RecordedFile[]): void {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) {
      message.embeds = (Array.isArray(body.embeds) ? body.embeds : []).map(
        (embed: APIEmbed) => ({ type: 'rich', ...embed }) as APIEmbed,
      );
    }
    if ('components' in body) {
      message.components = (Array.isArray(body.components) ? body.components : []) as APIMessage['components'];
    }
    if (typeof body.flags === 'number') {
      // Ephemerality is fixed at creation.
      message.flags = ((message.flags ?? 0) & MESSAGE_FLAG_EPHEMERAL) | (body.flags & SETTABLE_MESSAGE_FLAGS & ~64);
    }
    message.attachments = this.resolveAttachments(message, body.attachments, files);
  }

  private resolveAttachments(message: APIMessage, wanted: unknown, files: RecordedFile[]): APIAttachment[] {
    if (!Array.isArray(wanted)) return [...message.attachments, ...files.map((file) => this.attachment(message, file))];
    const result: APIAttachment[] = [];
    const used = new Set<RecordedFile>();
    for (const entry of wanted) {
      if (!isRecord(entry)) continue;
      const id = String(entry.id);
      const kept = message.attachments.find((attachment) => attachment.id === id);
      if (kept) {
        result.push(typeof entry.description === 'string' ? { ...kept, description: entry.description } : kept);
        continue;
      }
      const file = files.find((candidate) => candidate.field === `files[${id}]`);
      if (file) {
        used.add(file);
        result.push(this.attachment(message, file, entry));
      }
    }
    for (const file of files) if (!used.has(file)) result.push(this.attachment(message, file));
    return result;
  }

  private attachment(message: APIMessage, file: RecordedFile, entry: Record<string, unknown> = {}): APIAttachment {
    const id = snowflake();
    const filename = typeof entry.filename === 'string' ? entry.filename : file.name;
    const url = `${this.restUrl}/attachments/${message.channel_id}/${id}/${encodeURIComponent(filename)}`;
    this.attachmentData.set(id, file.data);
    return {
      id,
      filename,
      size: file.size,
      url,
      proxy_url: url,
      ...(file.contentType ? { content_type: file.contentType } : {}),
      ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
      ...(typeof entry.title === 'string' ? { title: entry.title } : {}),
      ...pngSize(file.data),
    };
  }

  // -------------------------------------------------------------------------------------------
  // REST

  intercept(interceptor: RequestInterceptor): () => void {
    this.interceptors.add(interceptor);
    return () => this.interceptors.delete(interceptor);
  }

  commands(guildId?: string): APIApplicationCommand[] {
    return this.registeredCommands.get(guildId ?? 'global') ?? [];
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', this.restUrl);
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname
        .split('/')
        .map((segment) => {
          try {
            return decodeURIComponent(segment);
          } catch {
            return segment;
          }
        })
        .join('/'),
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: undefined,
      files: [],
      route: null,
      params: {},
      status: 0,
      response: undefined,
    };
    let reply: Reply;
    try {
      reply = this.answer(record, Buffer.concat(chunks));
    } catch (error) {
      reply = discordError(500, 0, `fake-discord failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
    record.status = reply.status;
    record.response = reply.body;
    this.requests.push(record);
    if (reply.raw) {
      response.writeHead(reply.status, { 'content-type': reply.raw.contentType });
      response.end(reply.raw.data);
    } else if (reply.body === undefined) {
      response.writeHead(reply.status);
      response.end();
    } else {
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    }
    this.notify();
  }

  private answer(record: RecordedRequest, raw: Buffer): Reply {
    const contentType = record.headers['content-type'] ?? '';
    let badJson = false;
    if (contentType.startsWith('multipart/form-data')) {
      const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
      for (const part of parseMultipart(raw, boundary?.[1] ?? boundary?.[2] ?? '')) {
        if (part.filename !== undefined) {
          record.files.push({
            field: part.name,
            name: part.filename,
            size: part.data.length,
            contentType: part.contentType,
            data: Buffer.from(part.data),
          });
        } else if (part.name === 'payload_json') {
          try {
            record.body = JSON.parse(part.data.toString('utf8'));
          } catch {
            badJson = true;
          }
        }
      }
    } else if (raw.length > 0) {
      try {
        record.body = contentType.startsWith('application/json') ? JSON.parse(raw.toString('utf8')) : raw.toString();
      } catch {
        record.body = raw.toString();
        badJson = true;
      }
    }

    const route = this.match(record);
    for (const interceptor of this.interceptors) {
      const reply = interceptor(record);
      if (reply) return reply;
    }
    if (!route) return notFound();
    if (route.auth && record.headers.authorization !== `Bot ${this.token}`) return unauthorized();
    if (badJson) return invalidJson();
    if (record.files.some((file) => file.size > ATTACHMENT_SIZE_LIMIT)) return tooLarge();
    return route.handle(record);
  }

  private match(record: RecordedRequest): Route | undefined {
    const segments = record.path.split('/');
    for (const route of this.routes) {
      if (route.method !== record.method || route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = route.segments.every((segment, index) => {
        const actual = segments[index] ?? '';
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = actual;
          return actual.length > 0;
        }
        return segment === actual;
      });
      if (matches) {
        record.route = `${route.method} ${route.pattern}`;
        record.params = params;
        return route;
      }
    }
    return undefined;
  }

  private buildRoutes(): Route[] {
    const route = (method: string, pattern: string, auth: boolean, handle: Route['handle']): Route => ({
      method,
      pattern,
      segments: pattern.split('/'),
      auth,
      handle,
    });
    const ok = (body: unknown): Reply => ({ status: 200, body });
    return [
      route('GET', '/v10/gateway', false, () => ok({ url: this.gatewayUrl })),
      route('GET', '/v10/gateway/bot', true, () =>
        ok({
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        }),
      ),
      route('GET', '/v10/users/@me', true, () => ok(this.botUser)),
      route('GET', '/v10/applications/@me', true, () => ok(this.application())),
      route('POST', '/v10/interactions/:id/:token/callback', false, (request) => this.callback(request)),
      route('POST', '/v10/webhooks/:app/:token', false, (request) => this.followUp(request)),
      route('GET', '/v10/webhooks/:app/:token/messages/:message', false, (request) => this.webhookMessage(request)),
      route('PATCH', '/v10/webhooks/:app/:token/messages/:message', false, (request) => this.webhookMessage(request)),
      route('DELETE', '/v10/webhooks/:app/:token/messages/:message', false, (request) => this.webhookMessage(request)),
      route('GET', '/v10/applications/:app/commands', true, (request) => this.getCommands(request)),
      route('PUT', '/v10/applications/:app/commands', true, (request) => this.putCommands(request)),
      route('GET', '/v10/applications/:app/guilds/:guild/commands', true, (request) => this.getCommands(request)),
      route('PUT', '/v10/applications/:app/guilds/:guild/commands', true, (request) => this.putCommands(request)),
      route('GET', '/attachments/:channel/:attachment/:filename', false, ({ params }) => {
        const data = this.attachmentData.get(params.attachment ?? '');
        return data ? { status: 200, raw: { data, contentType: 'application/octet-stream' } } : notFound();
      }),
    ];
  }

  /** Which callback types each interaction type accepts. */
  private static readonly CALLBACK_TYPES: Record<number, number[]> = {
    2: [4, 5, 9],
    3: [4, 5, 6, 7, 9],
    4: [8],
    5: [4, 5, 6, 7],
  };

  private callback({ params, body, files, query }: RecordedRequest): Reply {
    const interaction = this.interactions.get(params.id ?? '');
    if (!interaction || interaction.token !== params.token) return unknownInteraction();
    if (interaction.acknowledged) return alreadyAcknowledged();
    if (!isRecord(body) || typeof body.type !== 'number') {
      return invalidFormBody([{ path: ['type'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
    }
    const type = body.type;
    if (!(FakeDiscordServer.CALLBACK_TYPES[interaction.type] ?? []).includes(type)) {
      return invalidFormBody([
        { path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Interaction response type is invalid' },
      ]);
    }
    const data = isRecord(body.data) ? body.data : {};
    const problems: FieldProblem[] = [];
    let message: APIMessage | undefined;
    switch (type) {
      case 4: {
        checkMessage(data, ['data'], problems);
        if (problems.length > 0) return invalidFormBody(problems);
        if (isEmptyMessage(data, files)) return emptyMessage();
        message = this.interactionMessage(interaction, data, files, 'reply');
        break;
      }
      case 5:
        message = this.interactionMessage(interaction, data, [], 'deferred');
        break;
      case 6:
      case 7: {
        message = interaction.componentMessageId ? this.messages.get(interaction.componentMessageId) : undefined;
        if (!message) return unknownMessage();
        if (type === 7) {
          checkMessage(data, ['data'], problems);
          if (problems.length > 0) return invalidFormBody(problems);
          this.applyBody(message, data, files);
          message.edited_timestamp = new Date().toISOString();
        }
        break;
      }
      case 8:
        checkChoices(data, problems);
        if (problems.length > 0) return invalidFormBody(problems);
        break;
      case 9:
        checkLength(problems, ['data', 'custom_id'], data.custom_id, 1, 100, true);
        checkLength(problems, ['data', 'title'], data.title, 1, 45, true);
        if (problems.length > 0) return invalidFormBody(problems);
        break;
    }
    interaction.acknowledged = true;
    if (message) interaction.originalId = message.id;
    if (query.with_response !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: ((message.flags ?? 0) & MESSAGE_FLAG_LOADING) !== 0,
                response_message_ephemeral: ((message.flags ?? 0) & MESSAGE_FLAG_EPHEMERAL) !== 0,
              }
            : {}),
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    };
  }

  /** The interaction of a webhook route, if the app id is ours and the interaction was acknowledged. */
  private webhookInteraction(params: Record<string, string>): InteractionRecord | undefined {
    const interaction = this.interactionsByToken.get(params.token ?? '');
    if (!interaction || params.app !== this.applicationId || !interaction.acknowledged) return undefined;
    return interaction;
  }

  private followUp({ params, body, files, query }: RecordedRequest): Reply {
    const interaction = this.webhookInteraction(params);
    if (!interaction) return unknownWebhook();
    const data = isRecord(body) ? body : {};
    const problems: FieldProblem[] = [];
    checkMessage(data, [], problems);
    if (problems.length > 0) return invalidFormBody(problems);
    if (isEmptyMessage(data, files)) return emptyMessage();
    const message = this.interactionMessage(interaction, data, files, 'followup');
    return query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  private webhookMessage({ method, params, body, files }: RecordedRequest): Reply {
    const interaction = this.webhookInteraction(params);
    if (!interaction) return unknownWebhook();
    const id = params.message === '@original' ? interaction.originalId : params.message;
    const message = id && interaction.messageIds.has(id) ? this.messages.get(id) : undefined;
    if (!message) return unknownMessage();
    if (method === 'GET') return { status: 200, body: message };
    if (method === 'DELETE') {
      this.messages.delete(message.id);
      interaction.messageIds.delete(message.id);
      return { status: 204 };
    }
    const data = isRecord(body) ? body : {};
    const problems: FieldProblem[] = [];
    checkMessage(data, [], problems);
    if (problems.length > 0) return invalidFormBody(problems);
    const loading = ((message.flags ?? 0) & MESSAGE_FLAG_LOADING) !== 0;
    this.applyBody(message, data, files);
    if (loading) {
      // The first edit of a deferred reply is its content, not an edit.
      message.flags = (message.flags ?? 0) & ~MESSAGE_FLAG_LOADING;
    } else {
      message.edited_timestamp = new Date().toISOString();
    }
    return { status: 200, body: message };
  }

  private getCommands({ params }: RecordedRequest): Reply {
    if (params.app !== this.applicationId) return unknownApplication();
    if (params.guild !== undefined && params.guild !== this.guildId) return missingAccess();
    return { status: 200, body: this.commands(params.guild) };
  }

  private putCommands({ params, body }: RecordedRequest): Reply {
    if (params.app !== this.applicationId) return unknownApplication();
    const guildId = params.guild;
    if (guildId !== undefined && guildId !== this.guildId) return missingAccess();
    if (!Array.isArray(body)) {
      return invalidFormBody([{ path: [], code: 'LIST_TYPE_CONVERT', message: 'Must be an array.' }]);
    }
    const problems: FieldProblem[] = [];
    if (body.length > 100) {
      problems.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
    }
    const seen = new Set<string>();
    body.forEach((command: unknown, index) => {
      if (!isRecord(command)) {
        problems.push({
          path: [index],
          code: 'MODEL_TYPE_CONVERT',
          message: 'Only dictionaries may be used in a ModelType',
        });
        return;
      }
      const type = typeof command.type === 'number' ? command.type : 1;
      checkCommandName(problems, [index, 'name'], command.name, type === 1);
      if (type === 1) checkLength(problems, [index, 'description'], command.description, 1, 100, true);
      if (isRecord(command.name_localizations)) {
        for (const [locale, name] of Object.entries(command.name_localizations)) {
          checkCommandName(problems, [index, 'name_localizations', locale], name, type === 1);
        }
      }
      if (type === 1 && isRecord(command.description_localizations)) {
        for (const [locale, description] of Object.entries(command.description_localizations)) {
          checkLength(problems, [index, 'description_localizations', locale], description, 1, 100, true);
        }
      }
      checkCommandOptions(command.options, [index, 'options'], problems);
      const key = `${type}:${String(command.name)}`;
      if (seen.has(key)) {
        problems.push({
          path: [index, 'name'],
          code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
          message: `Application command names must be unique`,
        });
      }
      seen.add(key);
    });
    if (problems.length > 0) return invalidFormBody(problems);

    const commands = (body as Record<string, unknown>[]).map((command): APIApplicationCommand => {
      const type = typeof command.type === 'number' ? command.type : 1;
      const name = String(command.name);
      const options = Array.isArray(command.options) && command.options.length > 0 ? command.options : undefined;
      return {
        id: this.commandId(`${guildId ?? 'global'}:${type}:${name}`),
        application_id: this.applicationId,
        ...(guildId ? { guild_id: guildId } : {}),
        version: snowflake(),
        type,
        name,
        name_localizations: (command.name_localizations ?? null) as APIApplicationCommand['name_localizations'],
        description: typeof command.description === 'string' ? command.description : '',
        description_localizations: (command.description_localizations ??
          null) as APIApplicationCommand['description_localizations'],
        ...(options ? { options: options as APIApplicationCommand['options'] } : {}),
        default_member_permissions:
          typeof command.default_member_permissions === 'string' ? command.default_member_permissions : null,
        ...(guildId ? {} : { dm_permission: command.dm_permission !== false }),
        nsfw: command.nsfw === true,
        integration_types: (command.integration_types ?? [0]) as APIApplicationCommand['integration_types'],
        contexts: (command.contexts ?? null) as APIApplicationCommand['contexts'],
      };
    });
    this.registeredCommands.set(guildId ?? 'global', commands);
    return { status: 200, body: commands };
  }

  // -------------------------------------------------------------------------------------------

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const waiter of [...this.waiters]) waiter.fail(new Error('fake-discord: stopped'));
    for (const connection of this.connections) {
      connection.live = false;
      connection.socket.terminate();
    }
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
