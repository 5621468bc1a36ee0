// state.mjs: the playground's shareable state in the URL hash:
//   #py=3.13&pl=linux&code=<base64url of the UTF-8 source>
// Unknown or malformed values fall back to the defaults.

export const PYTHONS = ['3.11', '3.12', '3.13', '3.14'];
export const PLATFORMS = ['linux', 'emscripten', 'wasi'];

export function encodeCode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of a base64url string, or null when it is not valid base64url UTF-8. */
export function decodeCode(b64) {
  try {
    const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** { python, platform, code } from a location.hash; code is null when absent. */
export function readHash(hash) {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const python = PYTHONS.includes(q.get('py')) ? q.get('py') : null;
  const platform = PLATFORMS.includes(q.get('pl')) ? q.get('pl') : null;
  const code = q.has('code') ? decodeCode(q.get('code')) : null;
  return { python, platform, code };
}

export function writeHash({ python, platform, code }) {
  return `#py=${python}&pl=${platform}&code=${encodeCode(code)}`;
}
