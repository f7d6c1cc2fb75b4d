/**
 * The mock's answers as plain `Response`s, shaped like MSW's `HttpResponse` ones (a standard status
 * text, `Content-Type` and `Content-Length` on JSON) so the in-page mock, the service worker and the
 * contract server answer alike without the in-page mock loading MSW.
 */

/** Status texts by code, as MSW (the `statuses` package) gives them: the client shows one when an error body has no message. */
const STATUS_TEXTS = Object.fromEntries(
  (
    '100Continue|101Switching Protocols|102Processing|103Early Hints|200OK|201Created|202Accepted|203Non-Authoritative Information|' +
    '204No Content|205Reset Content|206Partial Content|207Multi-Status|208Already Reported|226IM Used|300Multiple Choices|' +
    '301Moved Permanently|302Found|303See Other|304Not Modified|305Use Proxy|307Temporary Redirect|308Permanent Redirect|' +
    '400Bad Request|401Unauthorized|402Payment Required|403Forbidden|404Not Found|405Method Not Allowed|406Not Acceptable|' +
    '407Proxy Authentication Required|408Request Timeout|409Conflict|410Gone|411Length Required|412Precondition Failed|' +
    '413Payload Too Large|414URI Too Long|415Unsupported Media Type|416Range Not Satisfiable|417Expectation Failed|' +
    "418I'm a Teapot|421Misdirected Request|422Unprocessable Entity|423Locked|424Failed Dependency|425Too Early|" +
    '426Upgrade Required|428Precondition Required|429Too Many Requests|431Request Header Fields Too Large|' +
    '451Unavailable For Legal Reasons|500Internal Server Error|501Not Implemented|502Bad Gateway|503Service Unavailable|' +
    '504Gateway Timeout|505HTTP Version Not Supported|506Variant Also Negotiates|507Insufficient Storage|508Loop Detected|' +
    '509Bandwidth Limit Exceeded|510Not Extended|511Network Authentication Required'
  )
    .split('|')
    .map((entry) => [Number(entry.slice(0, 3)), entry.slice(3)]),
) as Record<number, string>;

export interface AnswerInit {
  status?: number;
  headers?: HeadersInit;
}

/** A response with `body` as is. */
export function answer(body: BodyInit | null, {status = 200, headers}: AnswerInit = {}): Response {
  return new Response(body, {status, statusText: STATUS_TEXTS[status] ?? '', headers});
}

/** A JSON response. */
export function jsonAnswer(value: unknown, {status, headers}: AnswerInit = {}): Response {
  const text = JSON.stringify(value);
  const all = new Headers(headers);
  if (!all.has('Content-Type')) all.set('Content-Type', 'application/json');
  if (!all.has('Content-Length')) all.set('Content-Length', String(new Blob([text]).size));
  return answer(text, {status, headers: all});
}
