import { OpenAPIObject } from '@nestjs/swagger';

/** The parts of an OpenAPI 3.0 schema object the API's document uses. */
interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly properties?: Record<string, Schema>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
}

export interface DeclaredOperation {
  readonly path: string;
  readonly operationId: string;
  readonly responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** The operation of the document that serves `method` on the concrete `path` (query string ignored). */
export function findOperation(document: OpenAPIObject, method: string, path: string): DeclaredOperation {
  const bare = path.split('?')[0];
  const matches = Object.entries(document.paths).filter(([template, route]) => {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return pattern.test(bare) && route[method.toLowerCase() as 'get'] !== undefined;
  });
  // A literal segment wins over a parameter (/tasks/batch over /tasks/{taskId}).
  const [template, route] = matches.sort(([a], [b]) => a.split('{').length - b.split('{').length)[0] ?? [];
  if (!template || !route) throw new Error(`the document has no ${method} ${bare}`);
  return { path: template, ...(route[method.toLowerCase() as 'get'] as unknown as Omit<DeclaredOperation, 'path'>) };
}

/** Where `value` departs from `schema`: missing or undeclared properties, wrong types, values outside an enum. */
export function schemaProblems(document: OpenAPIObject, value: unknown, schema: Schema, at = 'body'): string[] {
  if (schema.$ref) return schemaProblems(document, value, resolve(document, schema.$ref), at);
  if (schema.allOf) return schema.allOf.flatMap((part) => schemaProblems(document, value, part, at));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    return alternatives.some((alternative) => schemaProblems(document, value, alternative, at).length === 0) ? [] : [`${at} matches none of its schemas`];
  }
  if (value === null) return schema.nullable ? [] : [`${at} is null`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at} is ${JSON.stringify(value)}, not one of ${schema.enum.join(', ')}`];
  if (schema.type === 'array') {
    if (!Array.isArray(value)) return [`${at} is not an array`];
    return value.flatMap((item, i) => schemaProblems(document, item, schema.items ?? {}, `${at}[${i}]`));
  }
  if (schema.type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at} is not an object`];
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    return [
      ...(schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key} is missing`),
      ...(schema.additionalProperties ? [] : Object.keys(record).filter((key) => !(key in properties)).map((key) => `${at}.${key} is not declared`)),
      ...Object.entries(properties).flatMap(([key, property]) => (key in record ? schemaProblems(document, record[key], property, `${at}.${key}`) : [])),
    ];
  }
  if (schema.type === 'integer') return Number.isInteger(value) ? [] : [`${at} is not an integer`];
  if (schema.type && typeof value !== schema.type) return [`${at} is a ${typeof value}, not a ${schema.type}`];
  return [];
}

function resolve(document: OpenAPIObject, ref: string): Schema {
  const name = ref.replace('#/components/schemas/', '');
  const schema = document.components?.schemas?.[name];
  if (!schema) throw new Error(`unresolved ${ref}`);
  return schema as Schema;
}
