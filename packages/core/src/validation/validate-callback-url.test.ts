import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { validateCallbackUrl } from './validate-callback-url.ts';

describe('validateCallbackUrl', () => {
  it.each([
    'https://example.com/hook',
    'https://93.184.216.34/hook',
    'https://[2606:4700::1111]/hook',
    'https://172.32.0.1/x',
    'https://local.example.com/hook', // .local only as the last label
    'https://internal.example.com/hook',
    'https://[::ffff:8.8.8.8]/hook', // IPv4-mapped public address
    'https://[64:ff9b::5db8:d822]/hook', // NAT64 of a public address
    'https://[2002:5db8:d822::1]/hook', // 6to4 of a public address
  ])('accepts %s', (url) => {
    expect(() => validateCallbackUrl(url)).not.toThrow();
  });

  it.each([
    ['http://example.com/hook', 'must use https'],
    ['ftp://example.com/hook', 'must use https'],
    ['https://localhost/hook', 'must not point at this machine'],
    ['https://api.localhost./hook', 'must not point at this machine'],
    // Names that never leave a network (the simulator refuses the same ones).
    ['https://printer.local/hook', 'must not point at an internal host'],
    ['https://hooks.corp.internal/hook', 'must not point at an internal host'],
    ['https://metadata.google.internal/hook', 'must not point at an internal host'],
    ['https://metadata.goog/hook', 'must not point at an internal host'],
    ['https://PRINTER.LOCAL./hook', 'must not point at an internal host'],
    ['https://127.0.0.1/hook', 'loopback, private'],
    ['https://2130706433/hook', 'loopback, private'], // 127.0.0.1 as one number
    ['https://0x7f.1/hook', 'loopback, private'],
    ['https://10.1.2.3/hook', 'loopback, private'],
    ['https://172.16.0.1/hook', 'loopback, private'],
    ['https://172.31.255.255/hook', 'loopback, private'],
    ['https://192.168.1.1/hook', 'loopback, private'],
    ['https://169.254.169.254/latest', 'loopback, private'],
    ['https://0.0.0.0/hook', 'loopback, private'],
    ['https://[::1]/hook', 'loopback, private'],
    ['https://[::]/hook', 'loopback, private'],
    ['https://[fe80::1]/hook', 'loopback, private'],
    ['https://[fd00::1]/hook', 'loopback, private'],
    ['https://[::ffff:127.0.0.1]/hook', 'loopback, private'],
    ['https://[::ffff:10.0.0.1]/hook', 'loopback, private'],
    // IPv6 forms embedding an internal IPv4 address (issue 13).
    ['https://[::127.0.0.1]/hook', 'loopback, private'],
    ['https://[::ffff:0:127.0.0.1]/hook', 'loopback, private'],
    ['https://[64:ff9b::127.0.0.1]/hook', 'loopback, private'],
    ['https://[64:ff9b::a9fe:a9fe]/hook', 'loopback, private'],
    ['https://[2002:7f00:1::]/hook', 'loopback, private'],
    ['https://[2002:c0a8:101::1]/hook', 'loopback, private'],
    ['not a url', 'absolute HTTPS URL'],
  ])('refuses %s', (url, reason) => {
    expect(() => validateCallbackUrl(url)).toThrow(ValidationError);
    expect(() => validateCallbackUrl(url)).toThrow(reason);
  });

  it('allows at most 2048 characters', () => {
    const base = 'https://example.com/';
    expect(() => validateCallbackUrl(base + 'a'.repeat(2048 - base.length))).not.toThrow();
    expect(() => validateCallbackUrl(base + 'a'.repeat(2049 - base.length))).toThrow(
      'callback_url: must be at most 2048 characters, got 2049',
    );
  });

  it('allows http and loopback only when asked (local simulator tests)', () => {
    expect(() =>
      validateCallbackUrl('http://127.0.0.1:8080/x', { allowInsecure: true }),
    ).not.toThrow();
  });
});
