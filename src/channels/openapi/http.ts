import { schemaRef, type JsonSchema } from './json-schema.js';

/**
 * The HTTP side of the UCP REST binding (services/shopping/rest.openapi.json of 2026-08-25, whose header
 * parameters are the same as in 2026-04-08, and https://ucp.dev/2026-08-25/specification/shopping/catalog/rest/):
 * request headers, signed-response headers and the transport errors.
 *
 * Of the binding's request headers, the two it requires are here (UCP-Agent, Request-Id), with the optional RFC
 * 9421 signature headers a platform signs requests with and Accept-Language, which localizes the content.
 * Authorization and X-API-Key are left out: the catalog API agentshelf describes is public. Accept and
 * Content-Type are not header parameters in OpenAPI (https://spec.openapis.org/oas/v3.1.0#parameter-object: such
 * definitions are ignored); the request body's media type says it.
 */
const header = (name: string, required: boolean, description: string, schema: JsonSchema = { type: 'string' }): JsonSchema => ({
  name,
  in: 'header',
  required,
  schema,
  description,
});

export const PARAMETERS: Record<string, JsonSchema> = {
  UcpAgent: header(
    'UCP-Agent',
    true,
    'Who is calling: the calling platform’s UCP profile, an RFC 8941 dictionary whose profile member is the URL of its /.well-known/ucp, e.g. profile="https://platform.example/.well-known/ucp". Every request carries it. The ucp.version of that profile selects the UCP version of the answer; a version the shop does not support is answered with 422 version_unsupported.',
  ),
  RequestId: header('Request-Id', true, 'A UUID the caller gives each request, to trace it across systems.', { type: 'string', format: 'uuid' }),
  Signature: header('Signature', false, 'An RFC 9421 HTTP message signature of the request, when the platform signs its requests.'),
  SignatureInput: header('Signature-Input', false, 'The RFC 9421 Signature-Input: the components signed, when, and by which key.'),
  ContentDigest: header('Content-Digest', false, 'The RFC 9530 digest of the request body, e.g. sha-256=:<base64>:, part of a signed request.'),
  AcceptLanguage: header('Accept-Language', false, 'Preferred languages of the content; context.language in the body takes precedence.'),
};

/** Parameters every catalog operation takes, as references into components.parameters. */
export const OPERATION_PARAMETERS = Object.keys(PARAMETERS).map((name) => ({ $ref: `#/components/parameters/${name}` }));

export const HEADERS: Record<string, JsonSchema> = {
  Signature: { required: false, schema: { type: 'string' }, description: 'An RFC 9421 signature of the response, when the shop signs responses.' },
  SignatureInput: { required: false, schema: { type: 'string' }, description: 'The RFC 9421 Signature-Input of the response signature.' },
  ContentDigest: { required: false, schema: { type: 'string' }, description: 'The digest of the response body, e.g. sha-256=:<base64>:.' },
  RetryAfter: { required: false, schema: { type: 'string' }, description: 'When to try again: seconds, or an HTTP date (RFC 9110 §10.2.3).' },
};

/** The response headers of a successful catalog answer. */
export const SIGNED_RESPONSE_HEADERS = {
  Signature: { $ref: '#/components/headers/Signature' },
  'Signature-Input': { $ref: '#/components/headers/SignatureInput' },
  'Content-Digest': { $ref: '#/components/headers/ContentDigest' },
};

/** The body of a transport error: {code, content, continue_url?} (overview, "Error Handling → Transport Bindings"). */
const errorBody = { 'application/json': { schema: schemaRef('TransportError') } };

/**
 * Transport errors: HTTP status codes for requests that could not be processed, with the statuses the overview's
 * "Error Codes" table gives the negotiation errors (https://ucp.dev/2026-08-25/specification/overview/#error-codes).
 * Outcomes of a processed request (an id not found, an empty result) are HTTP 200 with messages (REST binding,
 * "Error Handling").
 */
export const RESPONSES: Record<string, JsonSchema> = {
  BadRequest: {
    description:
      'The request is malformed or lacks a required field or header, the UCP-Agent profile URL is malformed (code invalid_profile_url), or a lookup names more ids than the shop takes at once (code request_too_large).',
    content: errorBody,
  },
  UnprocessableContent: {
    description: 'The calling platform’s profile is not a valid UCP profile (code profile_malformed), or declares a UCP version the shop does not support (code version_unsupported).',
    content: errorBody,
  },
  FailedDependency: {
    description: 'The calling platform’s profile could not be fetched (code profile_unreachable).',
    content: errorBody,
  },
  TooManyRequests: {
    description: 'Too many requests: slow down and retry after the time Retry-After gives.',
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    content: errorBody,
  },
  ServerError: {
    description: 'The shop failed to process the request.',
    content: errorBody,
  },
};

export const ERROR_RESPONSES = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '422': { $ref: '#/components/responses/UnprocessableContent' },
  '424': { $ref: '#/components/responses/FailedDependency' },
  '429': { $ref: '#/components/responses/TooManyRequests' },
  '500': { $ref: '#/components/responses/ServerError' },
};
