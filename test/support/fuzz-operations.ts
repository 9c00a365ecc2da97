import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isRequiredInputField,
  isScalarType,
  isUnionType,
} from 'graphql';

/**
 * The schema-driven fuzzer's generator: operations built by walking the GraphQL schema, their
 * arguments filled from the input types with real values (IDs, codes, dates of the running
 * database) or with deliberately broken ones, their selections random but within the limits.
 * Everything random comes from one seeded generator, so a seed names a run.
 */

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** sfc32, seeded through splitmix32: fast, small and the same on every platform. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4_294_967_296;
  };
  for (let warm = 0; warm < 12; warm++) next();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}

export type Role = 'anonymous' | 'editor' | 'admin' | 'bad key';

/** Values of the running database the generator draws valid arguments from. */
export class RealData {
  /** Global IDs by the GraphQL type they decode to ("Commune", "Agency" …). */
  readonly ids = new Map<string, Set<string>>();
  /** Codes (`code` fields) by the type that carries them: places' official codes, criteria sets'. */
  readonly codes = new Map<string, Set<string>>();
  /** Page cursors the API returned (`cursor`, `endCursor`, `startCursor`). */
  readonly cursors = new Set<string>();
  /** IDs never to hand to a mutation, however mangled: the fuzzer's own API keys. */
  readonly protectedIds = new Set<string>();

  protect(id: string): void {
    this.protectedIds.add(id);
    for (const ids of this.ids.values()) ids.delete(id);
  }

  /** Takes every `id` (and `code`) out of a GraphQL result. */
  harvest(value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.harvest(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const id = record.id;
    if (typeof id === 'string') {
      const type = typeOfGlobalId(id);
      if (type && !this.protectedIds.has(id)) {
        add(this.ids, type, id);
        if (typeof record.code === 'string' && record.code) add(this.codes, type, record.code);
      }
    }
    for (const [key, inner] of Object.entries(record)) {
      if (inner && typeof inner === 'object') this.harvest(inner);
      else if (typeof inner === 'string' && /^(cursor|endCursor|startCursor)$/.test(key) && this.cursors.size < 500)
        this.cursors.add(inner);
    }
  }

  idsOf(types: readonly string[]): string[] {
    return types.flatMap((type) => [...(this.ids.get(type) ?? [])]);
  }

  codesOf(types: readonly string[]): string[] {
    return types.flatMap((type) => [...(this.codes.get(type) ?? [])]);
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  // Bounded, so late picks still favour what the run started with as much as what it made.
  if (set.size < 2_000) set.add(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Commune" for a commune's global ID; null for anything that is not one of ours. */
export function typeOfGlobalId(id: string): string | null {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1 || !UUID.test(decoded.slice(colon + 1))) return null;
  return decoded.slice(0, colon);
}

export function globalId(type: string, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`).toString('base64');
}

export interface MutationCall {
  alias: string;
  field: string;
  /** The payload member a success has, e.g. "RecordActivitySuccess". */
  successType: string;
  /** The idempotency key sent, if any. */
  idempotencyKey?: string;
}

export interface FuzzOperation {
  index: number;
  role: Role;
  kind: 'query' | 'mutation';
  /** What was broken on purpose; empty for an operation meant to be valid. */
  broken: string[];
  document: string;
  variables: Record<string, unknown>;
  /** GET only for a mutation sent over GET, which must be refused. */
  method: 'POST' | 'GET';
  calls: MutationCall[];
}

interface Build {
  random: Random;
  /** Whether this operation breaks things on purpose, and what it broke. */
  breaking: boolean;
  broken: string[];
  variableDefinitions: string[];
  variables: Record<string, unknown>;
  fragments: string[];
  counter: number;
  /** Inside a mutation's success payload: nothing that could fail after the write committed. */
  afterWrite: boolean;
}

const WORDS = ['Điện Biên', 'dong giang', 'Hà Giang', 'xã', 'ban', 'Mường', 'Trường học', 'Lào Cai', 'a', 'Quảng'];
const DEEPEST_SELECTION = 4;

/** Mutations whose success is not a change in the feed (keys and endpoints are not graph data). */
export const MUTATIONS_OUTSIDE_THE_FEED = new Set([
  'createApiKey',
  'revokeApiKey',
  'createWebhookEndpoint',
  'updateWebhookEndpoint',
  'pauseWebhookEndpoint',
  'resumeWebhookEndpoint',
  'rotateWebhookSecret',
  'deleteWebhookEndpoint',
]);

export class OperationGenerator {
  readonly #nodeTypes: string[];
  readonly #placeTypes: string[];
  readonly #recent: Array<{ document: string; variables: Record<string, unknown>; calls: MutationCall[] }> = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly data: RealData,
    private readonly seed: number,
  ) {
    const node = schema.getType('Node');
    this.#nodeTypes = node && isInterfaceType(node) ? schema.getPossibleTypes(node).map((type) => type.name) : [];
    const place = schema.getType('Place');
    this.#placeTypes = place && isInterfaceType(place) ? schema.getPossibleTypes(place).map((type) => type.name) : [];
  }

  generate(index: number, random: Random): FuzzOperation {
    const role = random.pick<Role>(['anonymous', 'editor', 'editor', 'admin', 'admin', 'admin', 'admin']);
    const kind = random.chance(0.45) ? 'mutation' : 'query';
    const breaking = random.chance(0.35);
    const build: Build = {
      random,
      breaking,
      broken: [],
      variableDefinitions: [],
      variables: {},
      fragments: [],
      counter: 0,
      afterWrite: false,
    };
    if (kind === 'mutation' && breaking && this.#recent.length > 0 && random.chance(0.25)) {
      return this.#reuseIdempotencyKey(index, role, random);
    }
    const root = kind === 'mutation' ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const fields = Object.values(root.getFields());
    const count = kind === 'query' ? random.pick([1, 1, 1, 2, 3]) : random.pick([1, 1, 1, 1, 2]);
    const selections: string[] = [];
    const calls: MutationCall[] = [];
    for (let position = 0; position < count; position++) {
      const field = random.pick(fields);
      const alias = `f${position}`;
      const args = this.#arguments(build, field, root.name, 0);
      if (kind === 'mutation') {
        const idempotencyKey = random.chance(0.5) ? `fuzz-${this.seed}-${index}-${position}` : undefined;
        if (idempotencyKey) args.push(`idempotencyKey: ${this.#variable(build, 'String', idempotencyKey)}`);
        const successType = successTypeOf(field);
        calls.push({ alias, field: field.name, successType, idempotencyKey });
        selections.push(`${alias}: ${field.name}${argumentList(args)} ${this.#payloadSelection(build, field)}`);
      } else {
        selections.push(`${alias}: ${field.name}${argumentList(args)}${this.#selection(build, field, 0)}`);
      }
    }
    let document = `${kind} Fuzz${index}${build.variableDefinitions.length ? `(${build.variableDefinitions.join(', ')})` : ''} { ${selections.join(' ')} }${build.fragments.length ? ` ${build.fragments.join(' ')}` : ''}`;
    let method: 'POST' | 'GET' = 'POST';
    if (breaking && build.broken.length === 0) {
      ({ document, method } = this.#breakDocument(build, document, kind));
    }
    const operation: FuzzOperation = {
      index,
      role: breaking && random.chance(0.05) ? 'bad key' : role,
      kind,
      broken: build.broken,
      document,
      variables: build.variables,
      method,
      calls,
    };
    if (kind === 'mutation' && method === 'POST' && calls.some((call) => call.idempotencyKey)) {
      this.#recent.push({ document, variables: build.variables, calls });
      if (this.#recent.length > 200) this.#recent.splice(0, this.#recent.length - 200);
    }
    return operation;
  }

  /** A retry: the same request again (a replay), or the same key with another input (a conflict). */
  #reuseIdempotencyKey(index: number, role: Role, random: Random): FuzzOperation {
    const earlier = random.pick(this.#recent);
    const variables = structuredClone(earlier.variables);
    const replay = random.chance(0.5);
    if (!replay) {
      const input = Object.values(variables).find((value) => value && typeof value === 'object') as
        | Record<string, unknown>
        | undefined;
      const text = input && Object.keys(input).find((key) => typeof input[key] === 'string');
      if (input && text) input[text] = `${input[text] as string} (changed ${index})`;
    }
    return {
      index,
      role,
      kind: 'mutation',
      broken: [replay ? 'idempotency replay' : 'idempotency key reused for another input'],
      document: earlier.document.replace(/^mutation Fuzz\d+/, `mutation Fuzz${index}`),
      variables,
      method: 'POST',
      // A replay that succeeds after the first request failed writes; the key tells them apart.
      calls: earlier.calls,
    };
  }

  #breakDocument(
    build: Build,
    document: string,
    kind: 'query' | 'mutation',
  ): { document: string; method: 'POST' | 'GET' } {
    const random = build.random;
    const ways = ['unknown field', 'unknown argument', 'syntax error', 'undeclared variable', 'wrong fragment type'];
    if (kind === 'mutation') ways.push('mutation over GET');
    const way = random.pick(ways);
    build.broken.push(way);
    switch (way) {
      case 'unknown field':
        return { document: document.replace(/\{ /, '{ notAField '), method: 'POST' };
      case 'unknown argument':
        return {
          document: document.replace(/(f0: \w+)/, '$1(notAnArgument: 1)').replace(/\)\(/, ', '),
          method: 'POST',
        };
      case 'syntax error':
        return { document: document.slice(0, random.int(1, Math.max(1, document.length - 1))), method: 'POST' };
      case 'undeclared variable':
        return { document: document.replace(/(f0: \w+)(\(([^)]*)\))?/, '$1(first: $undeclared)'), method: 'POST' };
      case 'wrong fragment type':
        return {
          document: document.replace(/(f0: \w+(\([^)]*\))?) \{/, '$1 { ... on PageInfo { hasNextPage } '),
          method: 'POST',
        };
      default:
        return { document, method: 'GET' };
    }
  }

  /** Arguments for a field: every required one, some optional ones; broken ones when breaking. */
  #arguments(build: Build, field: GraphQLField<unknown, unknown>, owner: string, depth: number): string[] {
    const random = build.random;
    const args: string[] = [];
    for (const argument of field.args) {
      if (argument.name === 'idempotencyKey') continue;
      const required = isRequiredArgument(argument);
      if (required && build.breaking && random.chance(0.04)) {
        build.broken.push(`missing required argument ${field.name}.${argument.name}`);
        continue;
      }
      const paging = argument.name === 'first' || argument.name === 'last';
      // `last` needs `before` (a cursor from an earlier page): only broken operations send it.
      const backwards = argument.name === 'last' || argument.name === 'before';
      const wanted =
        required ||
        (paging && depth > 0
          ? argument.name === 'first'
          : backwards
            ? build.breaking && !build.afterWrite && random.chance(0.1)
            : random.chance(argument.name === 'first' ? 0.6 : 0.3));
      if (!wanted) continue;
      const context: ValueContext = { name: argument.name, owner: `${owner}.${field.name}`, depth };
      const value = this.#value(build, argument.type, context);
      if (value === OMIT) continue;
      const inline = random.chance(0.2);
      args.push(
        `${argument.name}: ${inline && value !== undefined ? literal(value, argument.type) : this.#variable(build, String(argument.type), value)}`,
      );
    }
    if (build.breaking && random.chance(0.03)) {
      build.broken.push('unknown argument');
      args.push('bogus: 1');
    }
    return args;
  }

  #variable(build: Build, type: string, value: unknown): string {
    const name = `v${build.counter++}`;
    const declared = build.breaking && build.random.chance(0.02) ? wrongVariableType(build, type) : type;
    build.variableDefinitions.push(`$${name}: ${declared}`);
    if (value !== undefined) build.variables[name] = value;
    return `$${name}`;
  }

  /** A value for an input type; `undefined` leaves a variable unset (an omitted optional value). */
  #value(build: Build, type: GraphQLInputType, context: ValueContext): unknown {
    const random = build.random;
    if (build.breaking && !build.afterWrite && random.chance(0.08)) {
      const broken = this.#brokenValue(build, type, context);
      if (broken !== OMIT) return broken;
    }
    if (isNonNullType(type)) return this.#value(build, type.ofType, context);
    if (isListType(type)) {
      const length = context.name === 'ids' ? random.int(1, 5) : random.int(1, 3);
      return Array.from({ length }, () => this.#value(build, type.ofType, context));
    }
    if (isEnumType(type)) return random.pick(type.getValues()).name;
    if (isInputObjectType(type)) return this.#inputObject(build, type, context);
    return this.#scalar(build, getNamedType(type).name, context);
  }

  #inputObject(build: Build, type: GraphQLInputObjectType, context: ValueContext): Record<string, unknown> {
    const random = build.random;
    const result: Record<string, unknown> = {};
    const fields = type.getFields();
    // Where an input takes a twinning or its agency and place, give one of the two, as a client would.
    const alternative = ALTERNATIVES.every((group) => group.every((name) => fields[name]))
      ? random.pick(ALTERNATIVES)
      : undefined;
    for (const field of Object.values(fields)) {
      const required = isRequiredInputField(field);
      const chosen = alternative?.includes(field.name);
      const excluded = alternative && !chosen && ALTERNATIVES.some((group) => group.includes(field.name));
      if (!required && !chosen && (excluded || !random.chance(0.35))) continue;
      if (required && build.breaking && random.chance(0.05)) {
        build.broken.push(`missing required field ${type.name}.${field.name}`);
        continue;
      }
      const value = this.#value(build, field.type, { name: field.name, owner: type.name, depth: context.depth + 1 });
      if (value !== undefined && value !== OMIT) result[field.name] = value;
    }
    if (build.breaking && random.chance(0.04)) {
      build.broken.push(`unknown input field in ${type.name}`);
      result.notAField = 'x';
    }
    return result;
  }

  #scalar(build: Build, scalar: string, context: ValueContext): unknown {
    const random = build.random;
    const name = context.name;
    switch (scalar) {
      case 'ID':
        return this.#realId(random, context);
      case 'Int':
        return intFor(random, name);
      case 'Float':
        if (name === 'share') return Math.round(random.next() * 1000) / 1000;
        if (name === 'latitude') return 8 + random.next() * 15;
        if (name === 'longitude') return 102 + random.next() * 7;
        return Math.round(random.next() * 10_000) / 100;
      case 'Boolean':
        return random.chance(0.5);
      case 'Date':
        // Ends after beginnings, mostly: an end date drawn from the same years would precede half the time.
        return /^(end|ended|ends|to|validTo|closed|withdrawn|revoked)/.test(name)
          ? dateIn(random, 2025, 2026)
          : dateIn(random, 2019, 2025);
      case 'DateTime':
        return `${dateIn(random, 2019, 2026)}T${String(random.int(0, 23)).padStart(2, '0')}:15:00Z`;
      case 'Money':
        return random.chance(0.5) ? String(random.int(0, 2_000_000) * 1000) : random.int(0, 50_000_000);
      case 'JSONObject':
        return { fuzz: random.int(0, 9) };
      default:
        return this.#text(build, context);
    }
  }

  #text(build: Build, context: ValueContext): unknown {
    const random = build.random;
    const { name, owner } = context;
    if (name === 'after' || name === 'before') {
      const cursors = [...this.data.cursors];
      return cursors.length > 0 && !build.afterWrite && random.chance(0.3) ? random.pick(cursors) : OMIT;
    }
    if (name === 'code') {
      if (owner.startsWith('Query.')) {
        const types =
          owner === 'Query.place' || owner === 'Query.places'
            ? this.#placeTypes
            : [owner.slice('Query.'.length).replace(/^./, (c) => c.toUpperCase())];
        const codes = this.data.codesOf(types);
        return codes.length > 0 ? random.pick(codes) : 'FZ';
      }
      return /Place|Split|Merge/.test(owner)
        ? String(random.int(10_000, 99_999))
        : `FZ-${this.seed}-${build.random.int(0, 1e9)}`;
    }
    if (name === 'url') return `https://example.org/fuzz/${random.int(0, 1e6)}`;
    if (name === 'search') return random.pick(WORDS);
    if (name === 'exportMarkets' || name === 'countries') return random.pick(['VN', 'US', 'JP']);
    if (name === 'communeGroup') return random.pick(['1', '2', '3']);
    return `Fuzz ${random.pick(WORDS)} ${random.int(0, 99_999)}`;
  }

  /** A real global ID of the type the argument's name points to (`placeId` → a place). */
  #realId(random: Random, context: ValueContext): string {
    const types = this.#idTypes(context);
    const ids = this.data.idsOf(types);
    if (ids.length > 0) return random.pick(ids);
    const any = this.data.idsOf(this.#nodeTypes);
    return any.length > 0 ? random.pick(any) : globalId('Agency', '00000000-0000-7000-8000-000000000000');
  }

  #idTypes(context: ValueContext): string[] {
    const exact = ID_ARGUMENT_TYPES[`${context.owner}.${context.name}`];
    if (exact) return exact;
    const base = context.name.replace(/Ids?$/, '');
    const known = [...this.#nodeTypes, 'Place'];
    const matching = (text: string) => {
      const lower = text.toLowerCase();
      const hits = known.filter((type) => lower.endsWith(type.toLowerCase()));
      return hits.sort((a, b) => b.length - a.length)[0];
    };
    const byName = ID_NAME_TYPES[base] ?? (base ? matching(base) : undefined);
    // `id` of an input: the type its input is about (UpdateActivityInput → Activity).
    const owner = context.owner.replace(/Input$/, '').toLowerCase();
    const byOwner =
      byName ?? known.filter((type) => owner.includes(type.toLowerCase())).sort((a, b) => b.length - a.length)[0];
    if (!byOwner) return this.#nodeTypes;
    return byOwner === 'Place' ? this.#placeTypes : [byOwner];
  }

  /** One deliberately wrong value for the type, or OMIT to leave the value as it would be. */
  #brokenValue(build: Build, type: GraphQLInputType, context: ValueContext): unknown {
    const random = build.random;
    const named = getNamedType(type);
    const options: Array<[string, () => unknown]> = [
      ['null where non-null', () => (isNonNullType(type) ? null : OMIT)],
      ['wrong scalar type', () => random.pick<unknown>([true, 12.5, 'x', { a: 1 }, [1, 2]])],
      ['control characters', () => random.pick(CONTROL_TEXT)],
      ['very long string', () => 'Đ'.repeat(random.chance(0.8) ? 20_000 : 300_000)],
    ];
    if (isEnumType(named)) options.push(['unknown enum value', () => random.pick(['NOT_A_VALUE', 'province', ''])]);
    if (isInputObjectType(named)) options.push(['empty input object', () => ({})]);
    if (isListType(getNullableType(type))) options.push(['oversized list', () => Array.from({ length: 150 }, () => 1)]);
    if (isScalarType(named)) {
      const scalar = named.name;
      if (scalar === 'Int' || scalar === 'Float')
        options.push([
          'out-of-range number',
          () =>
            random.pick<unknown>([
              -1,
              0,
              -2_147_483_649,
              2_147_483_648,
              Number.MAX_SAFE_INTEGER,
              1e300,
              -1e300,
              0.5,
              context.name === 'first' ? 1_000_000 : 101,
            ]),
        ]);
      if (scalar === 'Money')
        options.push([
          'money beyond 64 bits',
          () =>
            random.pick<unknown>([
              '9223372036854775808',
              '99999999999999999999999999',
              '-1',
              '1.5',
              '1e9',
              ' 12',
              '',
              '0x10',
              2 ** 53 + 2,
              -5,
            ]),
        ]);
      if (scalar === 'ID') options.push(['malformed or foreign global ID', () => random.pick(this.#badIds(random))]);
      if (scalar === 'Date' || scalar === 'DateTime')
        options.push([
          'impossible date',
          () => random.pick(['2024-02-30', '2023-13-01', '0000-01-01', '99999-01-01', '2024-1-1', 'yesterday', '']),
        ]);
      if (scalar === 'String' && (context.name === 'after' || context.name === 'before'))
        options.push(['forged cursor', () => random.pick(['', 'bm90IGEgY3Vyc29y', 'YXJyYXljb25uZWN0aW9uOi0x', '%%%'])]);
    }
    const [label, make] = random.pick(options);
    const value = make();
    if (value !== OMIT) build.broken.push(`${label} at ${context.owner}.${context.name}`);
    return value;
  }

  #badIds(random: Random): string[] {
    const uuid = '0190f5d2-0000-7000-8000-000000000000';
    const real = this.data.idsOf(this.#nodeTypes);
    const decodedOfReal =
      real.length > 0 ? Buffer.from(random.pick(real), 'base64').toString('utf8') : `Agency:${uuid}`;
    return [
      '',
      'not-an-id',
      uuid,
      globalId('Agency', 'not-a-uuid'),
      globalId('NoSuchType', uuid),
      globalId('Commune', uuid),
      Buffer.from(`Activity:${uuid}\u0000`).toString('base64'),
      Buffer.from(decodedOfReal.replace(/^\w+/, 'Document')).toString('base64'),
      '%%%%',
      'QWdlbmN5Og==',
      `${random.pick(real.length > 0 ? real : ['x'])}=`,
    ];
  }

  /** The selection of a mutation's payload union: its typename, the errors, the success member. */
  #payloadSelection(build: Build, field: GraphQLField<unknown, unknown>): string {
    const random = build.random;
    const union = getNamedType(field.type);
    const parts = ['__typename'];
    if (random.chance(0.9)) parts.push('... on Error { message }');
    if (random.chance(0.5)) parts.push('... on ValidationError { issues { path message } }');
    if (isUnionType(union)) {
      const success = union.getTypes().find((member) => member.name.endsWith('Success'));
      // An argument refused while the success is selected (a bad cursor) would hide a committed write.
      build.afterWrite = true;
      if (success) {
        const inner = Object.values(success.getFields()).map((member) => {
          const named = getNamedType(member.type);
          if (isLeafType(named)) return member.name;
          const selection = this.#compositeSelection(build, named as GraphQLCompositeType, 1);
          const hasId = !isUnionType(named) && 'id' in (named as GraphQLObjectType).getFields();
          return hasId ? `${member.name} { id ${selection.slice(2)}` : `${member.name} ${selection}`;
        });
        parts.push(`... on ${success.name} { ${inner.join(' ')} }`);
      }
      build.afterWrite = false;
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** ` { … }` for a composite field, '' for a leaf. */
  #selection(build: Build, field: GraphQLField<unknown, unknown>, depth: number): string {
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return '';
    return ` ${this.#compositeSelection(build, named, depth + 1)}`;
  }

  #compositeSelection(build: Build, type: GraphQLCompositeType, depth: number, inFragment = false): string {
    const random = build.random;
    const parts: string[] = [];
    if (random.chance(0.3) || isUnionType(type)) parts.push('__typename');
    if (!isUnionType(type)) {
      const fields = Object.values(type.getFields());
      const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)) && !hasRequiredArgs(field));
      const composite = fields.filter((field) => isCompositeType(getNamedType(field.type)));
      const wanted = random.int(1, 4);
      const chosen = new Set<GraphQLField<unknown, unknown>>();
      for (let attempt = 0; attempt < wanted * 2 && chosen.size < wanted; attempt++) {
        const goDeeper = depth < DEEPEST_SELECTION && composite.length > 0 && random.chance(0.35);
        chosen.add(goDeeper ? random.pick(composite) : random.pick(leaves.length > 0 ? leaves : fields));
      }
      for (const field of chosen) {
        const args = this.#arguments(build, field, type.name, depth);
        // Fields of one response key must agree across fragments; an alias keeps them apart.
        const alias = inFragment || args.length > 0 || random.chance(0.12) ? `a${build.counter++}: ` : '';
        parts.push(`${alias}${field.name}${argumentList(args)}${this.#selection(build, field, depth)}`);
      }
    }
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      for (const member of possible) {
        if (!random.chance(isUnionType(type) ? 0.5 : 0.2)) continue;
        const inner = this.#objectFields(build, member, depth);
        if (random.chance(0.3)) {
          const name = `F${build.counter++}`;
          build.fragments.push(`fragment ${name} on ${member.name} ${inner}`);
          parts.push(`...${name}`);
        } else {
          parts.push(`... on ${member.name} ${inner}`);
        }
      }
    } else if (random.chance(0.1)) {
      const name = `F${build.counter++}`;
      build.fragments.push(`fragment ${name} on ${type.name} { __typename }`);
      parts.push(`...${name}`);
    }
    if (parts.length === 0) parts.push('__typename');
    return `{ ${parts.join(' ')} }`;
  }

  #objectFields(build: Build, type: GraphQLObjectType, depth: number): string {
    return this.#compositeSelection(build, type, depth + 1, true);
  }
}

const OMIT = Symbol('omit');

interface ValueContext {
  /** The argument's or input field's name. */
  name: string;
  /** Where it is: "Query.places", "CreateAgencyInput". */
  owner: string;
  depth: number;
}

/** Inputs that name either a twinning or the agency and place it would stand for. */
const ALTERNATIVES = [['twinningId'], ['agencyId', 'placeId']];

/** ID arguments narrower than their names say (the schema's SDL does not show a global ID's type). */
const ID_ARGUMENT_TYPES: Record<string, string[]> = {
  'Query.communeScorecard.placeId': ['Commune'],
  'Query.progress.placeId': ['Province', 'District'],
};

/** ID arguments whose names do not end with the type they point to. */
const ID_NAME_TYPES: Record<string, string> = {
  requestedOf: 'Agency',
  sourceAgency: 'Agency',
  producer: 'Agency',
  recipientAgency: 'Agency',
  legalBasis: 'Document',
  decision: 'Document',
  revocationDocument: 'Document',
  supersedes: 'CriteriaSet',
  set: 'CriteriaSet',
  predecessor: 'Place',
  successor: 'Place',
  issuerPlace: 'Province',
  existing: 'Place',
  existingPlace: 'Place',
};

const CONTROL_TEXT = [
  'a\u0000b',
  '\u0000',
  'Điện\u001bBiên',
  'x\u0007',
  'tab\u007f',
  '\ud800',
  'half \ud83d pair',
  ' ',
];

function intFor(random: Random, name: string): number {
  if (name === 'first' || name === 'last') return random.int(1, 6);
  if (name === 'year' || name === 'years' || name.endsWith('Year')) return random.int(2018, 2026);
  if (name === 'stars' || name === 'minStars') return random.int(3, 5);
  if (name === 'score') return random.int(50, 100);
  if (name === 'number' || name === 'groupNumber') return random.int(1, 40);
  if (name === 'recipientCount') return random.int(1, 100);
  return random.int(0, 1_000);
}

function dateIn(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function hasRequiredArgs(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((argument: GraphQLArgument) => isRequiredArgument(argument));
}

function successTypeOf(field: GraphQLField<unknown, unknown>): string {
  const union = getNamedType(field.type);
  if (!isUnionType(union)) return '';
  return union.getTypes().find((member) => member.name.endsWith('Success'))?.name ?? '';
}

function argumentList(args: string[]): string {
  return args.length > 0 ? `(${args.join(', ')})` : '';
}

function wrongVariableType(build: Build, type: string): string {
  const wrong = build.random.pick(['Int', 'Boolean', '[String]', 'NoSuchType', `${type.replace(/!$/, '')}`]);
  build.broken.push(`variable declared as ${wrong} for ${type}`);
  return wrong;
}

/** A value written as a GraphQL literal of its input type (enum values bare, the rest as JSON). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const nullable = type && isNonNullType(type) ? type.ofType : type;
  if (value === null) return 'null';
  if (nullable && isListType(nullable) && Array.isArray(value))
    return `[${value.map((item) => literal(item, nullable.ofType)).join(', ')}]`;
  if (nullable && isListType(nullable)) return literal(value, nullable.ofType);
  if (nullable && isEnumType(nullable) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value))
    return ['true', 'false', 'null'].includes(value) ? JSON.stringify(value) : value;
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}: ${literal(inner, fields[key]?.type)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}
