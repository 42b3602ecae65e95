import { describe, expect, it } from 'vitest';
import { withoutNamedParts } from '../../src/dom/clean-title';

describe('withoutNamedParts', () => {
  it('drops the site or the author the metadata names, after the title', () => {
    expect(withoutNamedParts('Storm hits the coast | The Courier', ['The Courier', null])).toBe('Storm hits the coast');
    expect(withoutNamedParts('Budget cuts loom for schools – Eleanor Ainge Roy', ['The Guardian', 'By Eleanor Ainge Roy'])).toBe(
      'Budget cuts loom for schools',
    );
    expect(withoutNamedParts('Le port rouvre lundi - Le Journal | journal.example', ['Le Journal', null, 'journal.example'])).toBe('Le port rouvre lundi');
  });

  it('drops the site before the title', () => {
    expect(withoutNamedParts('The Courier · Storm hits the coast', ['The Courier'])).toBe('Storm hits the coast');
  });

  it('keeps parts nobody named, and titles that would be left too short', () => {
    expect(withoutNamedParts('Brexit: what now? | Politics', ['The Courier'])).toBe('Brexit: what now? | Politics');
    expect(withoutNamedParts('Storm – Flood – Fire', ['Fire'])).toBe('Storm – Flood');
    expect(withoutNamedParts('Hi | The Courier', ['The Courier'])).toBe('Hi | The Courier');
    expect(withoutNamedParts('The Courier', ['The Courier'])).toBe('The Courier');
    // A hyphen inside a word is no separator.
    expect(withoutNamedParts('Covid-19 cases rise', ['Covid'])).toBe('Covid-19 cases rise');
  });
});
