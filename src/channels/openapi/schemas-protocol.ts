import { arrayOf, schemaRef, type JsonSchema } from './json-schema.js';

/**
 * Component schemas of the protocol around the catalog data: the `ucp` metadata every response carries, the
 * messages, the error response and the transport error body, written from the UCP 2026-08-25 schemas
 * (schemas/ucp.json, schemas/capability.json, schemas/common/types/message*.json, error_response.json) and the
 * overview's "Error Handling" (https://ucp.dev/2026-08-25/specification/overview/#error-handling).
 */

/**
 * Reverse-domain names key capabilities and signals (common/types/reverse_domain_name.json); 2026-08-25 allows
 * interior hyphens and leading digits in segments.
 */
const REVERSE_DOMAIN_NAME = '^[a-z](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9_])?)+$';

/** How the buyer or agent can act on an error (types/message_error.json). */
const ERROR_SEVERITY = ['recoverable', 'requires_buyer_input', 'requires_buyer_review', 'unrecoverable'];

const CONTENT_TYPE: JsonSchema = { type: 'string', enum: ['plain', 'markdown'], default: 'plain', description: 'The format of content.' };
const PATH: JsonSchema = { type: 'string', description: 'An RFC 9535 JSONPath to the part of the response the message is about, e.g. $.products[0].' };

export const PROTOCOL_SCHEMAS: Record<string, JsonSchema> = {
  UcpVersion: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A UCP version, a date as YYYY-MM-DD.' },
  ReverseDomainName: { type: 'string', pattern: REVERSE_DOMAIN_NAME, description: 'A reverse-domain name such as dev.ucp.shopping.catalog.search.' },
  CapabilityReference: {
    type: 'object',
    required: ['version'],
    properties: {
      version: schemaRef('UcpVersion'),
      spec: { type: 'string', format: 'uri', description: 'The capability’s specification page.' },
      schema: { type: 'string', format: 'uri', description: 'The capability’s JSON Schema.' },
      id: { type: 'string', description: 'Tells several instances of the capability apart.' },
      config: { type: 'object', additionalProperties: true, description: 'Settings of the capability.' },
      extends: {
        oneOf: [
          { type: 'string', pattern: REVERSE_DOMAIN_NAME },
          { type: 'array', items: { type: 'string', pattern: REVERSE_DOMAIN_NAME }, minItems: 1 },
        ],
        description: 'The capability or capabilities an extension extends.',
      },
    },
    description: 'A capability that took part in answering the request.',
  },
  CatalogResponseMeta: {
    type: 'object',
    required: ['version'],
    properties: {
      version: schemaRef('UcpVersion', 'The UCP version of the response.'),
      status: { type: 'string', enum: ['success', 'error'], default: 'success', description: 'Whether the operation succeeded.' },
      capabilities: {
        type: 'object',
        propertyNames: schemaRef('ReverseDomainName'),
        additionalProperties: arrayOf(schemaRef('CapabilityReference'), 'Versions of the capability in use.'),
        description: 'The capabilities that answered, by name.',
      },
    },
    description: 'UCP protocol metadata of a catalog response.',
  },
  ErrorResponseMeta: {
    allOf: [schemaRef('CatalogResponseMeta'), { required: ['status'], properties: { status: { const: 'error' } } }],
    description: 'UCP protocol metadata of a response that reports a failure.',
  },
  MessageError: {
    type: 'object',
    required: ['type', 'code', 'content', 'severity'],
    properties: {
      type: { type: 'string', const: 'error' },
      code: { type: 'string', description: 'What went wrong; standard codes include not_found and request_too_large, and others may appear.', examples: ['not_found', 'request_too_large'] },
      path: PATH,
      content_type: CONTENT_TYPE,
      content: { type: 'string', description: 'The message for people.' },
      severity: { type: 'string', enum: ERROR_SEVERITY, description: 'What it takes to go on: recoverable (retry with other input), requires_buyer_input, requires_buyer_review, or unrecoverable.' },
    },
    description: 'An error.',
  },
  MessageWarning: {
    type: 'object',
    required: ['type', 'code', 'content'],
    properties: {
      type: { type: 'string', const: 'warning' },
      path: PATH,
      code: { type: 'string', description: 'What the warning is about.' },
      content: { type: 'string', description: 'The message, which must be shown to the buyer.' },
      content_type: CONTENT_TYPE,
      presentation: { type: 'string', default: 'notice', description: 'How to show it: notice (may be dismissed) or disclosure (shown beside what path points at, never hidden).' },
      image_url: { type: 'string', format: 'uri', description: 'An image that must be shown with it.' },
      url: { type: 'string', format: 'uri', description: 'Where to read more.' },
    },
    description: 'A warning for the buyer.',
  },
  MessageInfo: {
    type: 'object',
    required: ['type', 'content'],
    properties: {
      type: { type: 'string', const: 'info' },
      path: PATH,
      code: { type: 'string', description: 'What the message is about, e.g. not_found for a lookup id that matched nothing.' },
      content_type: CONTENT_TYPE,
      content: { type: 'string', description: 'The message.' },
    },
    description: 'Information about the response.',
  },
  Message: {
    type: 'object',
    oneOf: [schemaRef('MessageError'), schemaRef('MessageWarning'), schemaRef('MessageInfo')],
    description: 'An error, warning or informational message; type tells which.',
  },
  ErrorResponse: {
    type: 'object',
    required: ['ucp', 'messages'],
    additionalProperties: false,
    properties: {
      ucp: schemaRef('ErrorResponseMeta'),
      messages: arrayOf(schemaRef('Message'), 'Why the operation failed.', { minItems: 1 }),
      continue_url: { type: 'string', format: 'uri', description: 'Where the buyer can carry on in the shop.' },
    },
    description: 'The answer when the operation leaves nothing to return.',
  },
  TransportError: {
    type: 'object',
    required: ['code', 'content'],
    properties: {
      code: {
        type: 'string',
        description: 'Why the request was not processed.',
        examples: ['invalid_profile_url', 'profile_unreachable', 'profile_malformed', 'version_unsupported', 'request_too_large'],
      },
      content: { type: 'string', description: 'The reason, for people.' },
      continue_url: { type: 'string', format: 'uri', description: 'Where the buyer can carry on in the shop.' },
    },
    description: 'Why a request was not processed: the body of a transport error (overview, "Error Handling → Transport Bindings").',
  },
};
