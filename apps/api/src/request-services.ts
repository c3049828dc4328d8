/**
 * The services every request context carries (`RequestContext.services`): declared here, empty, and
 * filled in by `services.ts`, where the services are created (`declare module './request-services'`,
 * TypeScript's declaration merging). So the context, which every service takes, does not import the
 * services: context.ts -> request-services.ts <- services.ts -> *.service.ts -> context.ts, no circle.
 */
export interface RequestServices {}
