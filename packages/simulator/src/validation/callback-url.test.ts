import { describe, expect, it } from 'vitest';
import { callbackUrlProblem, isInternalHost } from './callback-url.ts';

// The same rule as core's validate-callback-url (compared over HTTP in core's agreement test).
describe('callback_url hosts', () => {
  it.each([
    'localhost',
    'api.localhost',
    'localhost.',
    'printer.local',
    'PRINTER.LOCAL.',
    'hooks.corp.internal',
    'metadata.google.internal',
    'metadata.goog',
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '[::1]',
    '[::]',
    '[fe80::1]',
    '[fd00::1]',
    '[::ffff:127.0.0.1]',
    '[::127.0.0.1]',
    '[::ffff:0:127.0.0.1]',
    '[64:ff9b::a9fe:a9fe]',
    '[2002:c0a8:101::1]',
  ])('refuses %s', (host) => {
    expect(isInternalHost(host)).toBe(true);
    expect(callbackUrlProblem(`https://${host}/cb`, false)).toBe(
      'callback_url must not point to an internal address',
    );
  });

  it.each([
    'hooks.example.com',
    'local.example.com',
    'internal.example.com',
    '93.184.216.34',
    '172.32.0.1',
    '[2606:4700::1111]',
    '[::ffff:8.8.8.8]',
    '[64:ff9b::5db8:d822]',
    '[2002:5db8:d822::1]',
  ])('accepts %s', (host) => {
    expect(isInternalHost(host)).toBe(false);
    expect(callbackUrlProblem(`https://${host}/cb`, false)).toBeUndefined();
  });

  it('accepts internal hosts and http only with allowInsecureCallbacks', () => {
    expect(callbackUrlProblem('http://printer.local/cb', true)).toBeUndefined();
    expect(callbackUrlProblem('http://printer.local/cb', false)).toBe(
      'callback_url must use HTTPS',
    );
  });
});
