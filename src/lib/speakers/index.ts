export { siteRegistry } from './site.ts';
export { speakerAddresses, speakerHref, type SpeakerAddress } from './addresses.ts';
export type { Appearance, IdentityPin, Registry, SiteSpeaker } from './registry.ts';
