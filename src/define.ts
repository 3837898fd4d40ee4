/** The library's version, stamped on every class so that two copies on one page can tell each other apart. */
export const VERSION = '0.2.0';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is already taken. The page may load our script twice
 * (two CMS plugins, a theme and a block): the first definition wins, nothing throws,
 * and a different version or a foreign class under our tag is reported once.
 */
export function define(tag: string, ctor: Versioned): void {
  try {
    const existing = customElements.get(tag) as Versioned | undefined;
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing.version !== ctor.version) {
      // (the same class twice has the same version)
      const owner = existing.version ? `rebuild-trust ${existing.version}` : 'another script';
      console.warn(`<${tag}> is already defined by ${owner}; rebuild-trust ${ctor.version} left it as it is.`);
    }
  } catch (error) {
    console.warn(`<${tag}> could not be registered: ${String(error)}`);
  }
}
