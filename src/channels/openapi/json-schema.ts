/** A JSON Schema 2020-12 object as OpenAPI 3.1 Schema Objects hold it (https://spec.openapis.org/oas/v3.1.0#schema-object). */
export type JsonSchema = { [keyword: string]: unknown };

/** A reference inside the document: openapi.json stays self-contained, with no external $ref. */
export function schemaRef(name: string, description?: string): JsonSchema {
  return description === undefined ? { $ref: `#/components/schemas/${name}` } : { $ref: `#/components/schemas/${name}`, description };
}

export function arrayOf(items: JsonSchema, description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'array', items, ...extra, description };
}
