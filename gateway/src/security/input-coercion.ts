import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLScalarType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { Plugin } from '@envelop/core';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The supergraph's custom scalars, checked at the edge as the subgraphs define them (the gateway's
 * schema otherwise passes any value through and the subgraph's refusal came back as an internal
 * error). Values are passed on unchanged: the subgraph still parses them.
 */
const SCALAR_CHECKS: Record<string, (value: unknown) => unknown> = {
  DateTimeISO: (value) => {
    if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))
      throw new TypeError('DateTimeISO must be an ISO 8601 date-time such as "2026-01-31T09:00:00+08:00"');
    return value;
  },
  Fen: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError('Fen must be a whole number of fen (an integer)');
    return value;
  },
};

function hardenScalars(schema: GraphQLSchema) {
  for (const [name, check] of Object.entries(SCALAR_CHECKS)) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLScalarType)) continue;
    type.parseValue = check;
    type.parseLiteral = (node: ValueNode) => {
      if (node.kind === Kind.STRING) return check(node.value);
      if (node.kind === Kind.INT) return check(Number(node.value));
      if (node.kind === Kind.FLOAT) return check(Number(node.value));
      throw new TypeError(`${name} cannot be ${node.kind.toLowerCase().replace('value', '')}`);
    };
  }
}

/** The argument each variable is passed to, and the argument around each value literal (by position). */
function argumentsOf(document: DocumentNode) {
  const byVariable = new Map<string, string>();
  const ranges: { start: number; end: number; name: string }[] = [];
  visit(document, {
    Argument(node) {
      if (node.loc) ranges.push({ start: node.loc.start, end: node.loc.end, name: node.name.value });
      visit(node.value, {
        Variable(variable) {
          if (!byVariable.has(variable.name.value)) byVariable.set(variable.name.value, node.name.value);
        },
      });
    },
  });
  const atPosition = (position: number | undefined) =>
    position === undefined
      ? undefined
      : ranges.filter((r) => r.start <= position && position < r.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0]?.name;
  return { byVariable, atPosition };
}

/** graphql-js suggests names ("Did you mean …?") for enum values, arguments and types; armor hides only fields' */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

const badInput = (message: string, argument: string | undefined, nodes: GraphQLError['nodes']) =>
  new GraphQLError(withoutSuggestions(argument && !message.startsWith('argument') ? `argument "${argument}": ${message}` : message), {
    nodes,
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}), http: { status: 400 } },
  });

/**
 * Variable coercion and literal values that do not fit their type (a string for an Int, 1e309, an
 * empty DateTimeISO) are refused at the edge, before any subgraph is called, as BAD_USER_INPUT
 * naming the argument (HTTP 400). No validation message suggests a name.
 */
export function inputCoercionPlugin(): Plugin {
  return {
    onSchemaChange({ schema }) {
      hardenScalars(schema);
    },
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (!result.length) return;
        const { atPosition } = argumentsOf(params.documentAST);
        setResult(
          result.map((error) =>
            /^Expected value of type|cannot represent|must be an ISO|must be a whole number/.test(error.message)
              ? badInput(error.message, atPosition(error.nodes?.[0]?.loc?.start), error.nodes)
              : /Did you mean/.test(error.message)
                ? new GraphQLError(withoutSuggestions(error.message), { nodes: error.nodes, extensions: error.extensions })
                : error,
          ),
        );
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation?.variableDefinitions?.length) return;
      const coerced = getVariableValues(
        args.schema,
        operation.variableDefinitions,
        (args.variableValues ?? {}) as Record<string, unknown>,
        { maxErrors: 10 },
      );
      if (!coerced.errors) return;
      const { byVariable } = argumentsOf(args.document);
      setResultAndStopExecution({
        errors: coerced.errors.map((error) => {
          const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
          return badInput(error.message, variable ? byVariable.get(variable) : undefined, error.nodes);
        }),
      });
    },
  };
}
