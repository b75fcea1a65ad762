// What keeps the preview private to this machine and inert:
// - Host check: only http://127.0.0.1:<port>, localhost:<port> or [::1]:<port>. A web page on
//   another name that resolves to 127.0.0.1 (DNS rebinding) would otherwise read every draft.
// - Content-Security-Policy: the UI runs only its own script (by hash); an edition's files run no
//   script at all and are sandboxed even when opened directly, so an override template that puts
//   article text in {{{ }}} cannot run that text in the preview's origin.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EMAIL_SANDBOX, PREVIEW_SCRIPT, PREVIEW_STYLE } from './ui.js';

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** Answers 403 and returns false when the request came under another host name. */
export function checkHost(req: IncomingMessage, res: ServerResponse, port: number): boolean {
  if (isAllowedHost(req.headers.host, port)) return true;
  res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`Forbidden: crier preview answers only at http://127.0.0.1:${port}/\n`);
  return false;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export const UI_CSP = [
  "default-src 'none'",
  `script-src ${hash(PREVIEW_SCRIPT)}`,
  `style-src ${hash(PREVIEW_STYLE)}`,
  "connect-src 'self'",
  "frame-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// An email shows remote images and fonts and inline styles, and nothing else.
export const FILE_CSP = [
  "default-src 'none'",
  'img-src * data:',
  "style-src 'unsafe-inline' *",
  'font-src * data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  `sandbox ${EMAIL_SANDBOX}`,
].join('; ');
